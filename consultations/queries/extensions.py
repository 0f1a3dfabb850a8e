"""What other modules add to the pages of consultations (extension points)."""

from core import modules


def contribution_links(contribution_ids) -> dict[int, list[tuple[str, str]]]:
    """What other modules say of each contribution, e.g. the commitment it fed.

    The extension point of the contribution's page: every module's
    ``extensions.contribution_links(ids)`` -> ``{pk: [(text, url), ...]}``, merged.
    Consultations knows none of those modules.
    """
    found: dict[int, list[tuple[str, str]]] = {}
    ids = list(contribution_ids)
    if not ids:
        return found
    for _config, provider in modules.attribute("extensions", "contribution_links"):
        for pk, links in provider(ids).items():
            found.setdefault(pk, []).extend(links)
    return found
