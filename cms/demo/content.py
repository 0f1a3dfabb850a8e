"""Editorial demo content from the seeds: home, governance, civil society, charter..."""


def load(*, homes) -> str:
    return f"{len(homes)} home pages"
