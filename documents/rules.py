"""Who may do what in the library (django-rules).

Reading is open to everyone: the queries show only documents outside restricted
collections (``queries.published``). Adding and changing documents are Wagtail's
collection permissions (Editors and the Secretariat, on the root collection);
the text extraction screen follows them.
"""

import rules
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry


@rules.predicate
def can_add_or_change_documents(user) -> bool:
    """Whoever may add or change documents in some collection."""
    policy = policy_registry.get_by_type(get_document_model())
    return policy.user_has_any_permission(user, ["add", "change"])


rules.add_perm("library.manage_extraction", can_add_or_change_documents)
