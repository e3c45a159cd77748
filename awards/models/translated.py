"""Abstract models for content the secretariat writes in each application language."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from awards.i18n import localized


class TranslatedName(models.Model):
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_fr = models.CharField(_("name (French)"), max_length=200, blank=True)
    name_es = models.CharField(_("name (Spanish)"), max_length=200, blank=True)
    name_pt = models.CharField(_("name (Portuguese)"), max_length=200, blank=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        """The name in the active language, else in English."""
        return localized(self, "name")


class TranslatedDescription(models.Model):
    description_en = models.TextField(_("description (English)"), blank=True)
    description_fr = models.TextField(_("description (French)"), blank=True)
    description_es = models.TextField(_("description (Spanish)"), blank=True)
    description_pt = models.TextField(_("description (Portuguese)"), blank=True)

    class Meta:
        abstract = True

    @property
    def description(self) -> str:
        return localized(self, "description")


class TranslatedRules(models.Model):
    """The call's rules and its frequently asked questions, as the secretariat writes them."""

    rules_en = models.TextField(_("rules (English)"), blank=True)
    rules_fr = models.TextField(_("rules (French)"), blank=True)
    rules_es = models.TextField(_("rules (Spanish)"), blank=True)
    rules_pt = models.TextField(_("rules (Portuguese)"), blank=True)
    faq_en = models.TextField(_("questions and answers (English)"), blank=True)
    faq_fr = models.TextField(_("questions and answers (French)"), blank=True)
    faq_es = models.TextField(_("questions and answers (Spanish)"), blank=True)
    faq_pt = models.TextField(_("questions and answers (Portuguese)"), blank=True)

    class Meta:
        abstract = True

    @property
    def rules(self) -> str:
        return localized(self, "rules")

    @property
    def faq(self) -> str:
        return localized(self, "faq")
