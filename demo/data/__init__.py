"""The demo texts, in Arabic and French, written from the seeds.

Each module holds plain Python data (no database access), so that other parts of
the project (the document library's PDF generator, tests) can read the same texts.
"""
