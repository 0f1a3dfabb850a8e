"""Anti-abuse for public writes, with no third-party service.

- ``rate_limit``: at most N actions per period per key (address, account, email).
- ``HumanCheckMixin``: a honeypot field and a minimum fill time for site forms; the
  signed timestamp is single-use (recorded in the database, shared by every
  process), so one token cannot be replayed from many addresses.
- ``idempotent``: API writes that carry an ``Idempotency-Key`` header are done once;
  a replay gets the first answer again instead of a second record.
"""

import datetime
import functools
import hashlib
import json
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _
from rest_framework import status
from rest_framework.response import Response

from .errors import DomainError

IDEMPOTENCY_SECONDS = 24 * 60 * 60
# How long a form's token is accepted, and a used one remembered.
TOKEN_SECONDS = 86400


class RateLimited(DomainError):
    status_code = status.HTTP_429_TOO_MANY_REQUESTS
    code = "rate_limited"

    def __init__(self, message=None):
        super().__init__(
            message or _("Too many attempts. Please wait a few minutes and try again.")
        )


def client_ip(request) -> str:
    """The visitor's address; behind a trusted proxy, the one it saw.

    The proxy appends the address it received the request from to
    X-Forwarded-For, so the last entry is the only one a visitor cannot forge (the
    first ones are whatever the visitor sent).
    """
    if getattr(settings, "TRUSTED_PROXY", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-1]
    return request.META.get("REMOTE_ADDR", "")


def count(key: str, period: int) -> int:
    """Count one action for ``key`` in the current window of ``period`` seconds;
    the window's count so far, this one included.

    One cache round trip with Redis (``core.cache.redis.RedisCache.count``).
    Elsewhere it increments first and adds the key only for the first action of
    a window: two round trips, not three.
    """
    window_key = f"{key}:{int(time.time() // period)}"
    counter = getattr(cache, "count", None)
    if counter is not None:
        return counter(window_key, period)
    try:
        return cache.incr(window_key)
    except ValueError:  # the window's first action (or its key expired)
        if cache.add(window_key, 1, timeout=period):
            return 1
        return cache.incr(window_key)  # another request started the window


def rate_limit(scope: str, key: str, *, limit: int, period: int) -> None:
    """Count one action for ``key`` in ``scope``; past ``limit``, ``RateLimited``."""
    digest = hashlib.blake2b(key.encode(), digest_size=12).hexdigest()
    if count(f"sharaka:rl:{scope}:{digest}", period) > limit:
        raise RateLimited()


class HumanCheckMixin(forms.Form):
    """A form that robots fill in too fast or with the hidden field filled."""

    # Named like a field robots love to fill; hidden from people by CSS and ARIA.
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "tabindex": "-1", "class": "honeypot"}
        ),
    )
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    min_fill_seconds = None  # defaults to settings.ANTIABUSE_MIN_FILL_SECONDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["started"] = signing.dumps(time.time(), salt="form-started")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            raise forms.ValidationError(
                _("Your submission looks automated."), code="honeypot"
            )
        if self._errors:
            # The form comes back anyway: the field errors are what the person
            # needs to read, not a "too quickly" on top. The timing is checked
            # when the rest is valid.
            return cleaned
        minimum = self.min_fill_seconds
        if minimum is None:
            minimum = getattr(settings, "ANTIABUSE_MIN_FILL_SECONDS", 3)
        try:
            started = signing.loads(
                cleaned.get("started") or "", salt="form-started", max_age=TOKEN_SECONDS
            )
        except signing.BadSignature:
            started = None
        if started is not None and not _first_use(cleaned.get("started") or ""):
            # Sent before: a person simply sends the form again (fresh token),
            # a robot replaying one token to many addresses gets nothing.
            self.data = self.data.copy()
            self.data["started"] = signing.dumps(
                time.time() - minimum, salt="form-started"
            )
            raise forms.ValidationError(
                _("This form was already sent. Please check it and send it again."),
                code="replayed",
            )
        if started is None or time.time() - float(started) < minimum:
            # Refresh the timestamp so that a person can simply send the form again.
            self.data = self.data.copy()
            self.data["started"] = signing.dumps(
                time.time() - minimum, salt="form-started"
            )
            raise forms.ValidationError(
                _("The form was sent too quickly. Please check it and send it again."),
                code="too_fast",
            )
        return cleaned


def _body_readable(request) -> bool:
    """Whether the raw body can still be read (DRF keeps it unless a multipart
    upload was streamed)."""
    try:
        request.body  # noqa: B018
    except Exception:  # noqa: BLE001 - RawPostDataException
        return False
    return True


def _first_use(token: str) -> bool:
    """Record ``token`` as used; False when it was already (single use)."""
    from django.db import IntegrityError, transaction
    from django.utils import timezone

    from .models import UsedFormToken

    digest = hashlib.sha256(token.encode()).hexdigest()
    try:
        with transaction.atomic():
            UsedFormToken.objects.create(digest=digest)
    except IntegrityError:
        return False
    if int(digest[:2], 16) == 0:  # now and then, forget the expired ones
        UsedFormToken.objects.filter(
            used_at__lt=timezone.now() - datetime.timedelta(seconds=TOKEN_SECONDS)
        ).delete()
    return True


def _idempotency_key(request, header: str) -> str:
    caller = (
        f"user:{request.user.pk}"
        if request.user.is_authenticated
        else f"ip:{client_ip(request)}"
    )
    raw = f"{caller}|{request.method}|{request.path}|{header}"
    return hashlib.sha256(raw.encode()).hexdigest()


def _request_fingerprint(request) -> str:
    return hashlib.sha256(request.body if _body_readable(request) else b"").hexdigest()


def _replay(record, fingerprint: str) -> Response:
    if record.fingerprint != fingerprint:
        return Response(
            {
                "detail": _("This Idempotency-Key was used with another request body."),
                "code": "idempotency_key_reused",
            },
            status=status.HTTP_422_UNPROCESSABLE_ENTITY,
        )
    response = Response(record.body, status=record.status_code)
    response["Idempotent-Replayed"] = "true"
    return response


def _plain(data):
    """The answer's data as plain JSON values (lazy strings, dates, decimals)."""
    from rest_framework.utils.encoders import JSONEncoder

    return json.loads(json.dumps(data, cls=JSONEncoder))


def idempotency_replay_exists(request) -> bool:
    """Whether this request's ``Idempotency-Key`` already has a stored answer."""
    from .models import IdempotencyKey

    header = request.headers.get("Idempotency-Key", "").strip()
    if not header or len(header) > 255:
        return False
    key = _idempotency_key(request, header)
    return IdempotencyKey.objects.filter(key=key).exists()


def idempotent(view_method):
    """Decorate a DRF view method (post/put/...) to honour ``Idempotency-Key``.

    The key (a digest of the caller, account or address, the method, the path
    and the header) is stored in the database in the same transaction as the
    write, with the answer (status and body). So:

    - a retry after the write committed gets the first answer again, whichever
      process it reaches and even if the first one died right after the commit;
      a write that failed (rolled back) left no key, and a retry does it again;
    - two requests with one key at the same time make one write: the second
      waits for the first's transaction (the unique key) and then gets its answer;
    - the same key with another request body answers 422.

    Keys are kept ``IDEMPOTENCY_SECONDS`` (24 hours); ``manage.py prune_antiabuse``
    removes older ones.
    """

    @functools.wraps(view_method)
    def wrapper(self, request, *args, **kwargs):
        from django.db import IntegrityError, transaction

        from .models import IdempotencyKey

        header = request.headers.get("Idempotency-Key", "").strip()
        if not header:
            return view_method(self, request, *args, **kwargs)
        if len(header) > 255:
            return Response(
                {"detail": _("The Idempotency-Key header is too long.")},
                status=status.HTTP_400_BAD_REQUEST,
            )
        key = _idempotency_key(request, header)
        fingerprint = _request_fingerprint(request)
        record = IdempotencyKey.objects.filter(key=key).first()
        if record is not None:
            return _replay(record, fingerprint)
        with transaction.atomic():
            try:
                # Claims the key: a concurrent request with the same key waits
                # here for this transaction, then finds the answer below.
                with transaction.atomic():
                    record = IdempotencyKey.objects.create(
                        key=key, fingerprint=fingerprint, status_code=0
                    )
            except IntegrityError:
                record = IdempotencyKey.objects.filter(key=key).first()
                if record is None:  # the other request rolled back meanwhile
                    return Response(
                        {
                            "detail": _(
                                "A request with this Idempotency-Key is in "
                                "progress. Please try again in a moment."
                            ),
                            "code": "idempotency_key_in_progress",
                        },
                        status=status.HTTP_409_CONFLICT,
                    )
                return _replay(record, fingerprint)
            deferred = getattr(request, "_sharaka_human_check", None)
            if deferred is not None:
                deferred()  # the proof of work, used in this transaction
            response = view_method(self, request, *args, **kwargs)
            if response.status_code >= 500:
                transaction.set_rollback(True)
                return response
            record.status_code = response.status_code
            record.body = _plain(response.data)
            record.save(update_fields=["status_code", "body"])
        return response

    wrapper.idempotent = True
    return wrapper


def prune(*, now=None) -> tuple[int, int]:
    """Delete idempotency keys older than ``IDEMPOTENCY_SECONDS`` and used form
    tokens and challenges older than ``TOKEN_SECONDS`` (they have expired, so a
    replay of one is refused anyway). Returns the numbers deleted."""
    from django.utils import timezone

    from .models import IdempotencyKey, UsedFormToken

    now = now or timezone.now()
    keys, _by_model = IdempotencyKey.objects.filter(
        created_at__lt=now - datetime.timedelta(seconds=IDEMPOTENCY_SECONDS)
    ).delete()
    tokens, _by_model = UsedFormToken.objects.filter(
        used_at__lt=now - datetime.timedelta(seconds=TOKEN_SECONDS)
    ).delete()
    return keys, tokens
