"""Small request shapes shared by several resources."""

from rest_framework import serializers


class NoteSerializer(serializers.Serializer):
    """A note to a transition: a reason or a message, required where the transition says so."""

    note = serializers.CharField(required=False, allow_blank=True, max_length=5000, default="")
