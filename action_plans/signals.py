"""Any change to the module's records empties the page cache (core.cache does it
for every model) and queues one rebuild of the open-data bundles."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from .changes import data_changed
from .models import (
    Commitment,
    Evidence,
    Institution,
    Milestone,
    MilestoneProgress,
    Plan,
    ProgressUpdate,
)

MODELS = (
    Plan,
    Commitment,
    Milestone,
    Institution,
    ProgressUpdate,
    MilestoneProgress,
    Evidence,
)


def _changed(sender, raw=False, **kwargs):
    if not raw:
        data_changed()


for _model in MODELS:
    post_save.connect(
        _changed, sender=_model, dispatch_uid=f"ap-save-{_model.__name__}"
    )
    post_delete.connect(
        _changed, sender=_model, dispatch_uid=f"ap-delete-{_model.__name__}"
    )
for _through in (
    Commitment.partner_institutions.through,
    Commitment.partner_organisations.through,
    Commitment.contributions.through,
    Plan.documents.through,
):
    m2m_changed.connect(_changed, sender=_through, dispatch_uid=f"ap-m2m-{_through}")
