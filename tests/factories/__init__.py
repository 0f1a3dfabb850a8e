"""Factories for test data, one module per app; import from here."""

from .accounts import UserFactory  # noqa: F401
from .calls import (  # noqa: F401, E402
    ApplicationFactory,
    CallFactory,
    CommitteeMemberFactory,
)
from .cms import (  # noqa: F401
    FooterContentFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
    ImageFactory,
    MenuItemFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    StandardPageFactory,
    UsefulLinkFactory,
)
from .consultations import CommentFactory, ConsultationFactory, ContributionFactory  # noqa: F401
from .documents import LibraryDocumentFactory  # noqa: F401
from .events import EventFactory, RegistrationFactory  # noqa: F401
from .governance import (  # noqa: F401
    ActionPlanFactory,
    AttendanceFactory,
    BodyFactory,
    MeetingFactory,
    MemberFactory,
)
from .working_groups import (  # noqa: F401
    MembershipApplicationFactory,
    MembershipFactory,
    OrganisationFactory,
    WorkingGroupFactory,
)
