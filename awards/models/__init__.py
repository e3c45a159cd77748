from awards.models.candidacies import APPLICANT_STATUS, Attachment, Candidacy
from awards.models.decisions import Decision, NoAward, OutboxMessage, equal_shares
from awards.models.editions import Category, Criterion, Edition, Exclusion, Prize, Round
from awards.models.organisations import (
    MembershipInvitation,
    Organisation,
    OrganisationMembership,
)
from awards.models.records import AppendOnlyError, TransitionRecord
from awards.models.votes import Ballot, PublicVote

__all__ = [
    "APPLICANT_STATUS",
    "AppendOnlyError",
    "Attachment",
    "Ballot",
    "Candidacy",
    "Category",
    "Criterion",
    "Decision",
    "Edition",
    "Exclusion",
    "MembershipInvitation",
    "NoAward",
    "Organisation",
    "OrganisationMembership",
    "OutboxMessage",
    "Prize",
    "PublicVote",
    "Round",
    "TransitionRecord",
    "equal_shares",
]
