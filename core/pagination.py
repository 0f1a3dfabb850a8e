"""API pagination, in a module of its own: DRF reads its default pagination class
while ``rest_framework.generics`` is imported, so it must not live in a module that
imports DRF's views (``core.api``)."""

from rest_framework.pagination import PageNumberPagination


class Pagination(PageNumberPagination):
    """``?page=`` and ``?page_size=`` (up to 100), with count, next and previous."""

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100
