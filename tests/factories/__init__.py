"""Factories for test data, one module per app; import from here."""

from .accounts import UserFactory  # noqa: F401
from .cms import NewsIndexPageFactory, NewsPageFactory, StandardPageFactory  # noqa: F401
