"""Serializer fields the modules share."""

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers


class StrictPrimaryKeyRelatedField(serializers.PrimaryKeyRelatedField):
    """A related record's id: an integer, never a number with a fraction (1.5 is
    refused, not truncated to 1), a boolean, or a text of something else."""

    default_error_messages = {
        **serializers.PrimaryKeyRelatedField.default_error_messages,
        "incorrect_type": _("Give the id as a whole number."),
    }

    def to_internal_value(self, data):
        if isinstance(data, bool) or not (
            isinstance(data, int) or (isinstance(data, str) and data.isdigit())
        ):
            self.fail("incorrect_type", data_type=type(data).__name__)
        if int(data) > 2**63 - 1:
            self.fail("does_not_exist", pk_value=data)
        return super().to_internal_value(data)
