"""REST endpoints of the search (/api/search/)."""

urlpatterns: list = []
