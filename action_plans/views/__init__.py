"""Site pages of the action plans: the public dashboard and commitments, comments
on draft commitments, the focal points' and the secretariat's reporting desk, and
the open data."""

from .data import bundle_download, bundle_json, data_page, table_csv
from .public import commitment_comment, commitment_detail, plan_dashboard, plan_list
from .report import report_desk, update_assess, update_edit, update_new, update_review

__all__ = [
    "bundle_download",
    "bundle_json",
    "commitment_comment",
    "commitment_detail",
    "data_page",
    "plan_dashboard",
    "plan_list",
    "report_desk",
    "table_csv",
    "update_assess",
    "update_edit",
    "update_new",
    "update_review",
]
