"""Editorial demo content from the seeds: home, governance, civil society, charter...

The Arabic page is the source; the French (and, where written, English) pages are
its translations (``copy_for_translation``, same ``translation_key``), so the language
switcher leads from one to the other. They are wagtail-localize translations too
(``translations.record``): the editor's translation screen shows each Arabic string
with its French or English translation, and "Sync translated pages" carries an Arabic
change over. Snippets (menu, footer, useful links) likewise.

Idempotent, and respectful of editors: pages are found by slug under their parent,
snippets by a stable field or translation key. A page is updated only when its
content differs from the demo text AND nobody has edited it by hand (its latest
revision has no user); snippets and settings are created when missing and otherwise
left as they are. A translation is recorded when it has none yet, and recorded
again only when this run wrote its source or target (neither edited by hand). A second
run therefore writes nothing.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.db import transaction
from django.utils.html import escape
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from cms.models import (
    ContactSettings,
    FooterContent,
    GuideIndexPage,
    GuidePage,
    HomePage,
    LegalPages,
    MenuItem,
    NewsIndexPage,
    NewsPage,
    StandardPage,
    UsefulLink,
)
from demo.data import (
    charter,
    civil_society,
    governance,
    guides,
    home,
    legal,
    library,
    meeting_2022,
)
from demo.data import site_chrome as chrome
from demo.data.text import Body, to_html

from . import translations

SOURCE = "ar"
# Snippets' translation keys are derived from this namespace and a stable name.
DEMO_NAMESPACE = uuid.UUID("6f1f4a52-58b1-4c1e-9a8e-2f1a3c0d5e77")
LANGS = ("ar", "fr", "en")

# The governance module serves the bodies and the 2022 meeting (seed 003).
BODIES_URL = "/{lang}/governance/bodies/"
MEETING_URL = "/{lang}/governance/meetings/" + meeting_2022.SLUG + "/"
BODIES_LINK = {
    "ar": (
        "أعضاء الهيئات واجتماعاتها",
        "من يجلس في لجنة الإشراف ولجنة التنفيذ وفضاء المجتمع المدني، وجداول أعمال "
        "اجتماعاتها ومحاضرها.",
        "الاطلاع على الهيئات",
    ),
    "fr": (
        "Les membres des instances et leurs réunions",
        "Qui siège au comité de pilotage, au comité de mise en œuvre et à l'espace "
        "de la société civile, les ordres du jour et les comptes rendus de leurs "
        "réunions.",
        "Voir les instances",
    ),
    "en": (
        "The bodies' members and meetings",
        "Who sits on the steering committee, the implementation committee and the "
        "civil society space, and the agendas and minutes of their meetings.",
        "See the bodies",
    ),
}

PDF_LINK = {
    "ar": (
        "الوثيقة بصيغة PDF",
        "النسخة الكاملة من هذه الوثيقة في مكتبة الوثائق، للتنزيل والطباعة.",
        "تنزيل الوثيقة",
    ),
    "fr": (
        "Le document en PDF",
        "La version intégrale de ce document dans la bibliothèque, à télécharger et "
        "imprimer.",
        "Télécharger le document",
    ),
}

# --- StreamField raw blocks -------------------------------------------------------


def _heading(text: str, level: str = "h2") -> dict:
    return {"type": "heading", "value": {"text": text, "level": level}}


def _paragraph(html: str) -> dict:
    return {"type": "paragraph", "value": html}


def _rich(body: Body, heading: str = "h3") -> list[dict]:
    return [_paragraph(to_html(body, heading=heading))]


def _blocks(body: Body, level: str = "h2") -> list[dict]:
    """A body as stream blocks: its sub-headings become heading blocks."""
    blocks: list[dict] = []
    run: Body = []
    for item in [*body, None]:
        if item is None or isinstance(item, tuple):
            if run:
                blocks.append(_paragraph(to_html(run)))
                run = []
            if item is not None:
                blocks.append(_heading(item[1], level))
        else:
            run.append(item)
    return blocks


def _cta(title: str, text: str, label: str, *, url: str = "", page=None) -> dict:
    link = {"page": page.pk if page else None, "url": url, "label": label}
    return {
        "type": "call_to_action",
        "value": {"title": title, "text": text, "link": link},
    }


def _strip_ids(value: Any) -> Any:
    """Block ids are random: compare stream content without them."""
    if isinstance(value, dict):
        return {k: _strip_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [_strip_ids(v) for v in value]
    return value


def _comparable(value: Any) -> Any:
    if hasattr(value, "get_prep_value") and hasattr(value, "stream_block"):
        return _strip_ids(value.get_prep_value())
    return value


def _fresh(page: Page) -> Page:
    return type(page).objects.get(pk=page.pk)


def _reloaded(instance):
    """``instance`` as it now is in the database; None if it was deleted."""
    return type(instance)._default_manager.filter(pk=instance.pk).first()


# --- The loader ------------------------------------------------------------------


def _step(title: str, text: str, link) -> dict:
    """A step of the co-creation cycle, with its link if it has one."""
    label, url = link or ("", "")
    # Every step has its link's fields, empty when none: translation tools
    # extract each text field and refuse a missing one.
    return {
        "title": title,
        "text": text,
        "link": {"page": None, "url": url, "label": label},
    }


class DemoLoader:
    """Builds the pages and snippets; counts what it creates and updates."""

    def __init__(self, homes: dict[str, HomePage]):
        self.homes = homes
        self.locales = {code: page.locale for code, page in homes.items()}
        self.pages: dict[str, dict[str, Page]] = {"home": dict(homes)}
        self.created = 0
        self.updated = 0
        self.recorded = 0
        # (key, language) -> [source, target, written by this run]
        self.translated: dict[tuple[str, str], list] = {}

    # Pages ---------------------------------------------------------------------

    @staticmethod
    def _hand_edited(page: Page) -> bool:
        revision = page.latest_revision
        return revision is not None and revision.user_id is not None

    @staticmethod
    def _assign(page: Page, fields: dict) -> bool:
        """Set ``fields`` on ``page``; True when anything differs."""
        changed = False
        for name, value in fields.items():
            if name == "tags":
                if sorted(page.tags.names()) != sorted(value):
                    page.tags.set(value)
                    changed = True
                continue
            before = _comparable(getattr(page, name))
            setattr(page, name, value)
            if _comparable(getattr(page, name)) != before:
                changed = True
        return changed

    def _update(self, page: Page, fields: dict) -> bool:
        """Update and publish ``page`` if it differs; True when it was."""
        if self._hand_edited(page) or not self._assign(page, fields):
            return False
        page.save_revision().publish()
        self.updated += 1
        return True

    def _translated(self, key: str, source, target, written: bool) -> None:
        """Note ``target`` as a translation of ``source``, recorded at the end."""
        entry = self.translated.setdefault(
            (key, target.locale.language_code), [source, target, False]
        )
        entry[:] = [source, target, entry[2] or written]

    def page(self, key: str, model, parent_key: str, slug: str, fields: dict) -> None:
        """Ensure page ``key`` and its translations; ``fields`` is keyed by language.

        The Arabic page is found by slug under its parent; translations through its
        translation key. Languages missing from ``fields`` get no translation.
        """
        # Always read pages afresh: a copy held in memory has a stale child count,
        # and saving it would hide the children added since.
        parents = self.pages[parent_key]
        pages = self.pages.setdefault(key, {})
        parent = _fresh(parents[SOURCE])
        source = model.objects.child_of(parent).filter(slug=slug).first()
        if source is None:
            source = model(slug=slug, locale=self.locales[SOURCE])
            self._assign(source, fields[SOURCE])
            parent.add_child(instance=source)
            source.save_revision().publish()
            self.created += 1
            source_written = True
        else:
            source_written = self._update(source, fields[SOURCE])
        pages[SOURCE] = source
        for code in LANGS:
            if code == SOURCE or code not in fields or code not in parents:
                continue
            translation = source.get_translation_or_none(self.locales[code])
            if translation is None:
                translation = source.copy_for_translation(self.locales[code]).specific
                self._assign(translation, fields[code])
                translation.save_revision().publish()
                self.created += 1
                written = True
            else:
                translation = translation.specific
                written = self._update(translation, fields[code])
            pages[code] = translation
            self._translated(key, source, translation, source_written or written)

    # Snippets ------------------------------------------------------------------

    def snippet(self, model, key: str, fields: dict, *, one_per_locale=False) -> None:
        """Ensure a translatable snippet and its translations.

        The snippet's translation key is derived from ``key``, so it is found again
        whatever an editor changed in it; snippets that exist are left as they are.
        ``one_per_locale``: nothing is created in a language that already has one.
        """
        translation_key = uuid.uuid5(DEMO_NAMESPACE, f"{model._meta.label}:{key}")
        existing = model.objects.filter(translation_key=translation_key)
        source = existing.filter(locale=self.locales[SOURCE]).first()
        written = set()
        for code in LANGS:
            if (
                code not in fields
                or existing.filter(locale=self.locales[code]).exists()
            ):
                continue
            if (
                one_per_locale
                and model.objects.filter(locale=self.locales[code]).exists()
            ):
                continue
            if source is None or code == SOURCE:
                snippet = model(
                    locale=self.locales[code], translation_key=translation_key
                )
            else:
                snippet = source.copy_for_translation(self.locales[code])
            for name, value in fields[code].items():
                setattr(snippet, name, value)
            snippet.save()
            self.created += 1
            written.add(code)
            if code == SOURCE:
                source = snippet
        if source is None:
            return
        for snippet in existing.exclude(locale=self.locales[SOURCE]):
            code = snippet.locale.language_code
            self._translated(
                f"{model._meta.label}:{key}",
                source,
                snippet,
                bool({SOURCE, code} & written),
            )

    # The content ---------------------------------------------------------------

    def load(self) -> None:
        self.load_home()
        # Sections first with their title and introduction, so that the pages they
        # link to can be created under them; their bodies come last.
        self.load_governance(complete=False)
        self.load_civil_society(complete=False)
        self.load_useful_links()
        self.load_news()
        self.load_documents()
        self.load_guides()
        self.load_governance(complete=True)
        self.load_civil_society(complete=True)
        self.load_menu()
        self.load_footer()
        self.load_contact()
        self.load_legal()
        self.record_translations()

    def record_translations(self) -> None:
        """Record each translation wagtail-localize does not know yet, or whose
        source or target this run wrote (unless an editor changed either by hand:
        then the translation is the editor's, synced when the editor chooses)."""
        for source, target, written in self.translated.values():
            source, target = _reloaded(source), _reloaded(target)
            if source is None or target is None:
                continue
            if isinstance(source, Page) and (
                self._hand_edited(source) or self._hand_edited(target)
            ):
                written = False
            if written or translations.find(source, target.locale) is None:
                translations.record(source, target)
                self.recorded += 1

    def load_home(self) -> None:
        written: dict[str, bool] = {}
        for code in LANGS:
            calls = [
                {
                    "type": "call",
                    "value": {
                        "title": title,
                        "text": text,
                        "link": {
                            "page": None,
                            "url": url.format(lang=code),
                            "label": label,
                        },
                    },
                }
                for title, text, label, url in home.CALLS[code]
            ]
            fields = {
                "title": home.TITLE[code],
                "hero_title": home.HERO_TITLE[code],
                "intro": home.INTRO[code],
                "cycle": [
                    {
                        "type": "step",
                        "value": _step(t, x, home.CYCLE_LINKS[code].get(i)),
                    }
                    for i, (t, x) in enumerate(home.CYCLE[code])
                ],
                "objectives": [
                    {"type": "objective", "value": {"title": t, "text": x}}
                    for t, x in home.OBJECTIVES[code]
                ],
                "calls": calls,
            }
            written[code] = self._update(_fresh(self.homes[code]), fields)
        for code in LANGS:
            if code != SOURCE:
                self._translated(
                    "home",
                    self.homes[SOURCE],
                    self.homes[code],
                    written[SOURCE] or written[code],
                )

    def load_governance(self, *, complete: bool) -> None:
        fields = {}
        for code in LANGS:
            fields[code] = {
                "title": governance.TITLE[code],
                "intro": governance.INTRO[code],
            }
            if not complete:
                continue
            body = _rich(governance.PREFACE[code])
            for heading, text in governance.BODIES[code]:
                body.append(_heading(heading))
                body += _rich(text)
            body.append(_cta(*BODIES_LINK[code], url=BODIES_URL.format(lang=code)))
            body.append(_heading(governance.DOCUMENTS_HEADING[code]))
            for key in ("charter", "meeting", "civil_society"):
                texts = governance.LINKS[key].get(code)
                target = self.pages.get(key, {}).get(code)
                if texts and key == "meeting":
                    body.append(_cta(*texts, url=MEETING_URL.format(lang=code)))
                elif texts and target:
                    body.append(_cta(*texts, page=target))
            fields[code]["body"] = body
        self.page("governance", StandardPage, "home", governance.SLUG, fields)

    def load_civil_society(self, *, complete: bool) -> None:
        fields = {}
        for code in LANGS:
            fields[code] = {
                "title": civil_society.TITLE[code],
                "intro": civil_society.INTRO[code],
            }
            if not complete:
                continue
            body = _rich(civil_society.ABOUT[code])
            body.append(_heading(civil_society.CHANNELS_HEADING[code]))
            for channel in civil_society.CHANNELS:
                title, text, label = channel[code]
                if channel["url"] == "useful-links":
                    target = self.pages["useful_links"][code]
                    body.append(_cta(title, text, label, page=target))
                else:
                    url = channel["url"].format(lang=code)
                    body.append(_cta(title, text, label, url=url))
            body.append(_heading(civil_society.NEWS_HEADING[code]))
            body.append(
                _cta(*civil_society.NEWS_LINK[code], page=self.pages["news"][code])
            )
            fields[code]["body"] = body
        self.page("civil_society", StandardPage, "home", civil_society.SLUG, fields)

    def load_useful_links(self) -> None:
        for position, link in enumerate(civil_society.USEFUL_LINKS, 1):
            self.snippet(
                UsefulLink,
                link["url"],
                {
                    code: {
                        "title": link[code][0],
                        "url": link["url"],
                        "description": link[code][1],
                        "sort_order": position,
                    }
                    for code in LANGS
                    if code in link
                },
            )
        self.page(
            "useful_links",
            StandardPage,
            "civil_society",
            civil_society.USEFUL_LINKS_SLUG,
            {
                code: {
                    "title": civil_society.USEFUL_LINKS_TITLE[code],
                    "intro": civil_society.USEFUL_LINKS_INTRO[code],
                    "body": [{"type": "useful_links", "value": None}],
                }
                for code in LANGS
            },
        )

    def load_news(self) -> None:
        self.page(
            "news",
            NewsIndexPage,
            "home",
            civil_society.NEWS_INDEX_SLUG,
            {
                code: {
                    "title": civil_society.NEWS_INDEX_TITLE[code],
                    "intro": civil_society.NEWS_INDEX_INTRO[code],
                }
                for code in LANGS
            },
        )
        for item in civil_society.NEWS:
            self.page(
                f"news:{item['slug']}",
                NewsPage,
                "news",
                item["slug"],
                {
                    code: {
                        "title": item["title"][code],
                        "intro": item["intro"][code],
                        "date": item["date"],
                        "kind": item["kind"],
                        "tags": item["tags"][code],
                        "body": _rich(item["body"][code]),
                    }
                    for code in item["title"]
                },
            )

    def load_guides(self) -> None:
        self.page(
            "guides",
            GuideIndexPage,
            "home",
            guides.INDEX_SLUG,
            {
                code: {
                    "title": guides.INDEX_TITLE[code],
                    "intro": guides.INDEX_INTRO[code],
                }
                for code in LANGS
            },
        )
        for guide in guides.GUIDES:
            fields = {}
            for code in guide["title"]:
                link = guide["link"]
                if link["url"] == "charter":
                    call = _cta(*link[code], page=self.pages["charter"][code])
                else:
                    call = _cta(*link[code], url=link["url"].format(lang=code))
                fields[code] = {
                    "title": guide["title"][code],
                    "intro": guide["intro"][code],
                    "body": [*_blocks(guide["body"][code]), call],
                }
            self.page(
                f"guide:{guide['slug']}", GuidePage, "guides", guide["slug"], fields
            )

    def load_documents(self) -> None:
        """The charter, under the governance page.

        When the document library holds its PDF (its demo loader makes it from the
        same text), the page links to its PDF and the PDF back to the page. The
        meeting report of 30 September 2022 is no page: it is the governance
        module's meeting, whose page shows the report and links its PDFs.
        """
        fields = {}
        for code in ("ar", "fr"):
            before, text, after = charter.PREAMBLE_LINK[code]
            link = (
                f'<p>{escape(before)}<a linktype="page" '
                f'id="{self.pages["governance"][code].pk}">{escape(text)}</a>'
                f"{escape(after)}</p>"
            )
            preamble = to_html(charter.PREAMBLE[code][:-1]) + link
            body = [_heading(charter.PREAMBLE_TITLE[code]), _paragraph(preamble)]
            body += [
                {
                    "type": "article",
                    "value": {
                        "number": article["number"],
                        "title": article["title"][code],
                        "text": charter.article_html(article, code),
                    },
                }
                for article in charter.ARTICLES
            ]
            fields[code] = {
                "title": charter.TITLE[code],
                "intro": charter.INTRO[code],
                "body": body + self._pdf_link(charter.plain_text(code), code),
            }
        self.page(
            "charter", StandardPage, "governance", "steering-committee-charter", fields
        )
        for code in ("ar", "fr"):
            document = self._library_document(charter.plain_text(code))
            if document is not None:
                document.related_pages.add(self.pages["charter"][code])
        self.retire_meeting_page()

    def retire_meeting_page(self) -> None:
        """Remove the free page an earlier demo made for the 2022 meeting, unless
        an editor changed it, and send its address to the meeting's page."""
        for code in ("ar", "fr"):
            parent = self.pages["governance"].get(code)
            if parent is None:
                continue
            page = (
                StandardPage.objects.child_of(_fresh(parent))
                .filter(slug=meeting_2022.SLUG)
                .first()
            )
            if page is None or self._hand_edited(page):
                continue
            old_path = f"/{code}/governance/{meeting_2022.SLUG}/"
            page.delete()
            Redirect.add_redirect(old_path, MEETING_URL.format(lang=code))
            self.updated += 1

    @staticmethod
    def _library_document(text: str):
        """The library's document generated from ``text``, if the library has it."""
        try:
            from documents.queries import published
        except ImportError:  # pragma: no cover - the library module is optional
            return None
        for spec in library.documents():
            if spec["text"]() == text:
                return published().filter(title=spec["title"]).first()
        return None

    def _pdf_link(self, text: str, code: str) -> list[dict]:
        document = self._library_document(text)
        if document is None:
            return []
        return [_cta(*PDF_LINK[code], url=f"/{code}/library/{document.pk}/")]

    # Menu, footer, contact -------------------------------------------------------

    def load_menu(self) -> None:
        for position, (target, labels) in enumerate(chrome.MENU, 1):
            if target.startswith("/"):
                fields = {
                    code: {
                        "label": label,
                        "link_url": target.format(lang=code),
                        "sort_order": position,
                    }
                    for code, label in labels.items()
                }
            else:
                pages = self.pages[target]
                fields = {
                    code: {
                        "label": label,
                        "link_page": pages[code],
                        "sort_order": position,
                    }
                    for code, label in labels.items()
                    if code in pages
                }
            self.snippet(MenuItem, target, fields)

    def load_footer(self) -> None:
        fields = {}
        for code in LANGS:
            links = [
                {
                    "type": "link",
                    "value": {
                        "page": self.pages[key][code].pk,
                        "url": "",
                        "label": labels[code],
                    },
                }
                for key, labels in chrome.FOOTER_LINKS
                if code in labels and code in self.pages.get(key, {})
            ]
            fields[code] = {
                "about": chrome.FOOTER_ABOUT[code],
                "address": chrome.FOOTER_ADDRESS[code],
                "links": links,
            }
        self.snippet(FooterContent, "footer", fields, one_per_locale=True)

    def load_contact(self) -> None:
        for site in Site.objects.all():
            contact = ContactSettings.for_site(site)
            changed = False
            if not contact.email:
                contact.email = chrome.EMAIL
                changed = True
            if not contact.facebook:
                contact.facebook = chrome.FACEBOOK
                changed = True
            if changed:
                contact.save()
                self.updated += 1

    def load_legal(self) -> None:
        """Personal data, terms of use, accessibility: pages, chosen in the settings
        (the footer and the forms link them), unless an editor chose others."""
        for kind in legal.PAGES:
            self.page(
                f"legal:{kind}",
                StandardPage,
                "home",
                legal.SLUG[kind],
                {
                    code: {
                        "title": legal.TITLE[kind][code],
                        "intro": legal.INTRO[kind][code],
                        "body": _blocks(legal.BODY[kind][code]),
                    }
                    for code in LANGS
                },
            )
        for site in Site.objects.all():
            chosen = LegalPages.for_site(site)
            changed = False
            for kind in legal.PAGES:
                if getattr(chosen, f"{kind}_page_id") is None:
                    setattr(chosen, f"{kind}_page", self.pages[f"legal:{kind}"][SOURCE])
                    changed = True
            if changed:
                chosen.save()
                self.updated += 1


@transaction.atomic
def load(*, homes) -> str:
    loader = DemoLoader(homes)
    loader.load()
    summary = f"{loader.created} created, {loader.updated} updated"
    if loader.recorded:
        summary += f", {loader.recorded} translations recorded"
    return summary
