"""The awards app's pages: public ones, the applicant's, the secretariat's screening."""
