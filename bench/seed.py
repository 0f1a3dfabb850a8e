"""Bench data on top of the demo: a consultation with 2,000 published contributions
and 10,000 comments (five per contribution), and signed-in bench citizens.

Prints one JSON line: the big consultation's address and pk, another
consultation's address, and session keys of the bench citizens.
"""

import json
import os
import sys

import django


def signed_in(people) -> list[str]:
    """A session key for each person, signed in as if through the login form."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    sessions = []
    for person in people:
        store = SessionStore()
        store[SESSION_KEY] = str(person.pk)
        store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        store[HASH_SESSION_KEY] = person.get_session_auth_hash()
        store.create()
        sessions.append(store.session_key)
    return sessions


def main(users: int) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings")
    django.setup()
    from django.utils import timezone

    from accounts.models import User
    from consultations.models import Comment, Consultation, Contribution
    from consultations.text import text_hash

    now = timezone.now()
    people = User.objects.bulk_create(
        [
            User(
                username=f"bench{i}@bench.invalid",
                email=f"bench{i}@bench.invalid",
                display_name=f"Bench {i}",
            )
            for i in range(users)
        ]
    )
    in_french = Consultation.objects.filter(
        is_general_box=False, locale__language_code="fr"
    ).order_by("pk")
    big = in_french.filter(opens_at__lte=now, closes_at__gt=now).first()
    other = in_french.exclude(translation_key=big.translation_key).first()
    source = big.source
    contributions = Contribution.objects.bulk_create(
        [
            Contribution(
                consultation=source,
                reference=f"BENCH-{i:06d}",
                kind="proposal",
                title=f"Proposition de banc d'essai {i}",
                body="Publier les données budgétaires chaque trimestre. " * 4,
                language="fr",
                status="published",
                author=people[i % users],
                body_hash=text_hash(f"bench {i}", "body"),
                submitted_at=now,
                published_at=now,
                email_verified_at=now,
            )
            for i in range(2000)
        ],
        batch_size=500,
    )
    Comment.objects.bulk_create(
        [
            Comment(
                contribution=contribution,
                author=people[(i + j) % users],
                body=f"Commentaire {j} sur la proposition {i}.",
            )
            for i, contribution in enumerate(contributions)
            for j in range(5)
        ],
        batch_size=2000,
    )
    sessions = signed_in(people)
    print(
        json.dumps(
            {
                "big": big.get_url_path(),
                "big_slug": big.slug,
                "big_pk": source.pk,
                "other": other.get_url_path(),
                "other_pk": other.source.pk,
                "contributions": [c.pk for c in contributions[:500]],
                "sessions": sessions,
            }
        )
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
