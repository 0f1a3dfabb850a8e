"""REST endpoints of this module, registered on the shared router (cms.api)."""
