"""Search benchmarks: ``make bench`` (``python -m bench``); results in README.md."""
