"""The portal's own settings, with the write throttles raised: the bench measures
how many writes the server can take, not the per-person limits."""

from cms.settings import *  # noqa: F403
from cms.settings import REST_FRAMEWORK

REST_FRAMEWORK = {
    **REST_FRAMEWORK,
    "DEFAULT_THROTTLE_RATES": {
        "anon_write": "100000/hour",
        "user_write": "100000/hour",
    },
}
