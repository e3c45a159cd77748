"""The severity model and the juror flags: hand-computed cases and data with known effects.

Generated rounds use seeded numpy generators (not hypothesis, whose cache would land in the
project's folder). No Django and no database: the engine is pure pandas.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from reports.ranking import normalised_totals
from reports.severity import SeverityResult, fit_severity, juror_flags

FLAGS = ["harsh", "lenient", "erratic", "flat"]
# One criterion on 0–100 with weight 1, so that a scorecard's total is its value.
PLAIN = pd.DataFrame({"criterion": ["q"], "weight": [1], "min": [0], "max": [100]})


def totals_of(totals: dict[tuple[str, str], float]) -> pd.DataFrame:
    """{(candidacy, juror): total} as the rows of reports.ranking.scorecard_totals."""
    rows = [(candidacy, juror, total) for (candidacy, juror), total in totals.items()]
    return pd.DataFrame(rows, columns=["candidacy", "juror", "total"])


def column(table: pd.DataFrame, key: str, value: str) -> dict:
    return dict(zip(table[key], table[value], strict=True))


# --- Hand-computed fits -----------------------------------------------------------------------

# 2 candidacies × 2 jurors, every scorecard given (a complete, balanced design):
#            j1   j2   row mean
#   c1       80   70   75
#   c2       60   40   50
#   col mean 70   55   grand mean 62.5
# In a complete design least squares with sum-to-zero effects gives μ = the grand mean and each
# effect = its row or column mean − μ: a = +12.5, −12.5 and b = +7.5, −7.5.
# Fitted: c1·j1 62.5 + 12.5 + 7.5 = 82.5, c1·j2 67.5, c2·j1 57.5, c2·j2 42.5; residuals
# −2.5, +2.5, +2.5, −2.5: RSS = 4 · 6.25 = 25, with 4 scorecards − 3 parameters (μ, one free
# candidacy effect, one free juror effect) = 1 degree of freedom: residual sd = √25 = 5.
TWO_BY_TWO = totals_of({("c1", "j1"): 80, ("c1", "j2"): 70, ("c2", "j1"): 60, ("c2", "j2"): 40})


def test_a_complete_two_by_two_design_fits_as_computed_by_hand() -> None:
    fit = fit_severity(TWO_BY_TWO)
    assert fit.mean == pytest.approx(62.5)
    candidacies = fit.candidacy_effects
    assert candidacies.columns.tolist() == [
        "candidacy",
        "effect",
        "adjusted",
        "n",
        "rank",
        "component",
    ]
    assert column(candidacies, "candidacy", "effect") == pytest.approx({"c1": 12.5, "c2": -12.5})
    assert column(candidacies, "candidacy", "adjusted") == pytest.approx({"c1": 75, "c2": 50})
    assert candidacies["rank"].tolist() == [1, 2]
    assert candidacies["n"].tolist() == [2, 2]
    jurors = fit.juror_effects
    assert jurors.columns.tolist() == ["juror", "effect", "n", "component"]
    assert column(jurors, "juror", "effect") == pytest.approx({"j1": 7.5, "j2": -7.5})
    assert fit.residual_sd == pytest.approx(5)
    assert fit.components == 1


# Jurors who happen to get weaker candidacies, the case a per-juror z-score gets wrong:
#   A scored x 90 and y 70; B scored y 70 and z 50. Both gave y the same 70: they are equally
#   severe, and B only saw weaker candidacies. Their raw means are 80 and 60.
# The data are exactly additive with b_A = b_B = 0 and a = 90, 70, 50 (−20… after μ = 70), so
# the residuals are 0; with 4 parameters for 4 scorecards there is no degree of freedom left.
WEAKER_SHARE = totals_of({("x", "A"): 90, ("y", "A"): 70, ("y", "B"): 70, ("z", "B"): 50})


def test_a_juror_given_weaker_candidacies_is_not_taken_for_a_harsh_one() -> None:
    fit = fit_severity(WEAKER_SHARE)
    assert column(fit.juror_effects, "juror", "effect") == pytest.approx({"A": 0, "B": 0})
    adjusted = column(fit.candidacy_effects, "candidacy", "adjusted")
    assert adjusted == pytest.approx({"x": 90, "y": 70, "z": 50})
    assert fit.mean == pytest.approx(70)
    assert math.isnan(fit.residual_sd)


def test_the_z_score_splits_the_shared_candidacy_the_jurors_agreed_on() -> None:
    # reports.ranking step 3 on the same totals: μ = 70, σ = √((400 + 0 + 0 + 400)/3) = √(800/3).
    # A: mean 80, sd √200, z(y) = −10/√200 = −1/√2; B: mean 60, z(y) = +1/√2. So y gets
    # 70 ∓ √(800/3)/√2 = 70 ∓ √(400/3) = 58.45 and 81.55, where both jurors gave 70.
    scores = WEAKER_SHARE.rename(columns={"total": "value"}).assign(criterion="q")
    adjusted = normalised_totals(scores, PLAIN).set_index(["candidacy", "juror"])["adjusted"]
    assert adjusted[("y", "A")] == pytest.approx(70 - math.sqrt(400 / 3))
    assert adjusted[("y", "B")] == pytest.approx(70 + math.sqrt(400 / 3))
    assert round(adjusted[("y", "A")], 2) == 58.45
    assert round(adjusted[("y", "B")], 2) == 81.55


def test_docs_quote_the_weaker_share_numbers() -> None:
    # docs/ranking.md, "The severity model", tells this example with these numbers.
    text = (Path(__file__).parents[2] / "docs" / "ranking.md").read_text(encoding="utf-8")
    page = " ".join(text.split())
    assert "turns the two 70s given to y into 58.45 (A's) and 81.55 (B's)" in page
    assert "A and B have the same effect (0) and gives x 90, y 70, z 50" in page
    assert "1.79 for five jurors, 2.04 for six, 2.27 for seven" in page
    limits = [f"{(n - 1) / math.sqrt(n):.2f}" for n in (5, 6, 7)]
    assert limits == ["1.79", "2.04", "2.27"]


def test_a_juror_with_one_scorecard_is_fitted() -> None:
    # C scored only c1, giving 10 more than A and B, who gave the same totals everywhere.
    # The fit is exact: b_A = b_B = b, and C's lone scorecard a_c1 + b_C = 90 against
    # a_c1 + b = 80, so b_C = b + 10. Σ b = 0 gives 3b + 10 = 0: b = −10/3, b_C = 20/3.
    totals = totals_of(
        {("c1", "A"): 80, ("c1", "B"): 80, ("c2", "A"): 60, ("c2", "B"): 60, ("c1", "C"): 90}
    )
    fit = fit_severity(totals)
    assert column(fit.juror_effects, "juror", "effect") == pytest.approx(
        {"A": -10 / 3, "B": -10 / 3, "C": 20 / 3}
    )
    assert column(fit.juror_effects, "juror", "n") == {"A": 2, "B": 2, "C": 1}
    # c1 for the average juror: 80 − (−10/3) = 83.33; c2: 60 + 10/3 = 63.33.
    adjusted = column(fit.candidacy_effects, "candidacy", "adjusted")
    assert adjusted == pytest.approx({"c1": 80 + 10 / 3, "c2": 60 + 10 / 3})


def test_equal_adjusted_scores_share_a_rank() -> None:
    totals = totals_of({("a", "j1"): 70, ("b", "j1"): 70, ("c", "j1"): 50})
    ranks = column(fit_severity(totals).candidacy_effects, "candidacy", "rank")
    assert ranks == {"a": 1, "b": 1, "c": 3}


# --- Disconnected panels ----------------------------------------------------------------------


def test_separate_panels_are_fitted_each_with_its_jurors_summing_to_zero() -> None:
    # Panel 1 is TWO_BY_TWO (4 scorecards); panel 2: c3, c4 by j3, j4, j4 always 10 above j3;
    # panel 3 is one lone scorecard. No juror links two panels.
    totals = pd.concat(
        [
            TWO_BY_TWO,
            totals_of({("c3", "j3"): 40, ("c3", "j4"): 50, ("c4", "j3"): 20, ("c4", "j4"): 30}),
            totals_of({("c5", "j5"): 66}),
        ]
    )
    fit = fit_severity(totals)
    assert fit.components == 3
    jurors = fit.juror_effects.set_index("juror")
    assert jurors["component"].to_dict() == {"j1": 1, "j2": 1, "j3": 2, "j4": 2, "j5": 3}
    # Panel 2: b = −5 and +5 (sum zero within the panel), adjusted c3 45, c4 25.
    assert jurors["effect"].to_dict() == pytest.approx(
        {"j1": 7.5, "j2": -7.5, "j3": -5, "j4": 5, "j5": 0}
    )
    adjusted = column(fit.candidacy_effects, "candidacy", "adjusted")
    # The lone scorecard keeps its total.
    assert adjusted == pytest.approx({"c1": 75, "c2": 50, "c3": 45, "c4": 25, "c5": 66})
    # μ is the mean adjusted score: (75 + 50 + 45 + 25 + 66)/5 = 52.2; effects sum to zero.
    assert fit.mean == pytest.approx(52.2)
    assert fit.candidacy_effects["effect"].sum() == pytest.approx(0)
    # Residuals only in panel 1 (RSS 25); parameters: 2 + 2 − 1 per full panel, 1 for the lone
    # one: 3 + 3 + 1 = 7, and 9 scorecards − 7 = 2 degrees of freedom: √(25/2).
    assert fit.residual_sd == pytest.approx(math.sqrt(25 / 2))


# --- Input ------------------------------------------------------------------------------------


def test_row_order_does_not_matter() -> None:
    totals, _, _ = known_round(seed=3)
    shuffled = totals.sample(frac=1, random_state=7)
    first, second = fit_severity(totals), fit_severity(shuffled)
    pd.testing.assert_frame_equal(first.candidacy_effects, second.candidacy_effects)
    pd.testing.assert_frame_equal(first.juror_effects, second.juror_effects)
    assert first.mean == second.mean


@pytest.mark.parametrize(
    ("totals", "message"),
    [
        (totals_of({}), "empty"),
        (pd.DataFrame({"candidacy": ["c"], "total": [1.0]}), "missing the column"),
        (totals_of({("c", "j"): float("nan")}), "blank"),
        (totals_of({("c", "j"): "high"}), "must be numbers"),
        (pd.concat([totals_of({("c", "j"): 50})] * 2), "more than one row"),
    ],
)
def test_malformed_totals_are_refused(totals: pd.DataFrame, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        fit_severity(totals)


# --- Generated rounds with known effects ------------------------------------------------------


def known_round(
    seed: int, candidacies: int = 60, jurors: int = 12, noise: float = 1.0
) -> tuple[pd.DataFrame, pd.Series, pd.Series]:
    """A round with known quality and severities (Σ = 0), 3–4 random jurors per candidacy.

    Returns the totals, the true quality by candidacy and the true severity by juror.
    """
    rng = np.random.default_rng(seed)
    quality = pd.Series(
        rng.uniform(30, 80, candidacies), index=[f"c{i:02d}" for i in range(candidacies)]
    )
    severity = rng.normal(0, 8, jurors)
    severity = pd.Series(severity - severity.mean(), index=[f"j{j:02d}" for j in range(jurors)])
    rows = [
        (candidacy, severity.index[j], quality[candidacy] + severity.iloc[j] + rng.normal(0, noise))
        for candidacy in quality.index
        for j in rng.choice(jurors, size=rng.integers(3, 5), replace=False)
    ]
    return pd.DataFrame(rows, columns=["candidacy", "juror", "total"]), quality, severity


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_fit_recovers_known_juror_and_candidacy_effects(seed: int) -> None:
    totals, quality, severity = known_round(seed)
    fit = fit_severity(totals)
    assert fit.components == 1
    jurors = fit.juror_effects.set_index("juror")["effect"]
    # Each juror has some 20 scorecards: noise sd 1 leaves an error of about 1/√20 ≈ 0.2.
    assert (jurors - severity).abs().max() < 1.5
    # The true candidacy effect is its quality minus the mean quality (Σ severities = 0).
    effects = fit.candidacy_effects.set_index("candidacy")["effect"]
    error = effects - (quality - quality.mean())
    # A candidacy has only 3 or 4 scorecards: even knowing every severity, its noise alone
    # leaves an error of sd 1/√3.5 ≈ 0.53, so the largest of 60 reaches about 2 (4σ is 2.1).
    assert error.abs().max() < 2.5
    assert math.sqrt((error**2).mean()) < 0.8
    assert fit.residual_sd == pytest.approx(1.0, abs=0.2)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_adjusted_scores_order_candidacies_better_than_raw_means(seed: int) -> None:
    totals, quality, _ = known_round(seed)
    adjusted = fit_severity(totals).candidacy_effects.set_index("candidacy")["adjusted"]
    raw = totals.groupby("candidacy")["total"].mean()
    spearman_adjusted = adjusted.corr(quality, method="spearman")
    spearman_raw = raw.corr(quality, method="spearman")
    assert spearman_adjusted > spearman_raw
    assert spearman_adjusted > 0.99


# --- Juror flags: hand-computed figures -------------------------------------------------------


def test_flag_figures_on_the_two_by_two_design() -> None:
    flags = juror_flags(TWO_BY_TWO, min_scorecards=2).set_index("juror")
    assert flags.columns.tolist() == [
        "n",
        "effect",
        "effect_z",
        "correlation",
        "shared",
        "spread",
        *FLAGS,
        "reasons",
    ]
    # Effects ±7.5: their sample sd is √((7.5² + 7.5²)/1) = 7.5·√2, so z = ±1/√2.
    assert flags["effect_z"].to_dict() == pytest.approx(
        {"j1": math.sqrt(0.5), "j2": -math.sqrt(0.5)}
    )
    # j1's totals 80, 60: sd √((10² + 10²)/1) = 10·√2; j2's 70, 40: 15·√2.
    assert flags["spread"].to_dict() == pytest.approx(
        {"j1": 10 * math.sqrt(2), "j2": 15 * math.sqrt(2)}
    )
    # Two shared candidacies only: no correlation (3 are needed).
    assert flags["correlation"].isna().all()
    assert flags["shared"].tolist() == [2, 2]
    assert not flags[FLAGS].any(axis=None)
    assert (flags["reasons"] == "").all()


def test_correlation_is_with_the_mean_of_the_other_jurors() -> None:
    # J scored a, b, c with 10, 20, 30; on a the others gave 50 and 70 (mean 60), on b 40,
    # on c 20: J's 10, 20, 30 against 60, 40, 20 is a perfect inversion, r = −1.
    totals = totals_of(
        {
            ("a", "J"): 10,
            ("b", "J"): 20,
            ("c", "J"): 30,
            ("a", "K"): 50,
            ("a", "L"): 70,
            ("b", "K"): 40,
            ("c", "L"): 20,
        }
    )
    flags = juror_flags(totals).set_index("juror")
    assert flags.at["J", "correlation"] == pytest.approx(-1)
    assert flags.at["J", "shared"] == 3
    assert flags.at["J", "erratic"]
    assert flags.at["J", "reasons"] == (
        "erratic: correlation −1.00 with the co-jurors' mean on 3 shared candidacies, below 0.3"
    )
    # K and L have 2 scorecards each: never judged, and the reason says so.
    assert not flags.loc[["K", "L"], FLAGS].any(axis=None)
    assert flags.at["K", "reasons"] == "not judged: 2 scorecards, fewer than 3"


# --- Juror flags: a generated round with one juror of each kind -------------------------------

SPECIAL = {"j13": "harsh", "j14": "lenient", "j15": "erratic", "j16": "flat"}


def flagged_round(seed: int = 11) -> pd.DataFrame:
    """80 candidacies, 4 jurors each among 16: 12 normal ones, then one of each kind.

    Normal jurors: quality + a small severity (sd 2) + noise (sd 1). j13 is 20 points harsh,
    j14 20 points lenient; j15 gives totals unrelated to quality (uniform 35–80) and j16 always
    about 58 (sd 0.5). j15 sits on every other candidacy (40 scorecards), so that a chance
    correlation of its random totals stays small (sd of r about 1/√40 ≈ 0.16).
    """
    rng = np.random.default_rng(seed)
    quality = rng.uniform(40, 76, 80)
    severity = np.r_[rng.normal(0, 2, 12), -20, 20]
    others = [j for j in range(16) if j != 14]
    rows = []
    for c, q in enumerate(quality):
        erratic = c % 2 == 0
        chosen = [*rng.choice(others, size=4 - erratic, replace=False), *([14] * erratic)]
        for j in chosen:
            if j == 14:
                total = rng.uniform(35, 80)
            elif j == 15:
                total = 58 + rng.normal(0, 0.5)
            else:
                total = q + severity[j] + rng.normal(0, 1)
            rows.append((f"c{c:02d}", f"j{j + 1:02d}", total))
    return pd.DataFrame(rows, columns=["candidacy", "juror", "total"])


def test_each_generated_juror_gets_exactly_its_flag() -> None:
    flags = juror_flags(flagged_round()).set_index("juror")
    for juror, flag in SPECIAL.items():
        raised = [name for name in FLAGS if flags.at[juror, name]]
        assert raised == [flag], f"{juror}: {raised}"
    normal = flags.drop(index=list(SPECIAL))
    assert len(normal) == 12
    assert not normal[FLAGS].any(axis=None)
    assert (normal["reasons"] == "").all()


def test_flag_reasons_give_the_figures() -> None:
    flags = juror_flags(flagged_round()).set_index("juror")
    number = r"\d+\.\d"
    assert re.fullmatch(
        rf"harsh: effect −{number} points, {number} standard deviations below the jurors' mean",
        flags.at["j13", "reasons"],
    )
    assert re.fullmatch(
        rf"lenient: effect \+{number} points, {number} standard deviations above the jurors' mean",
        flags.at["j14", "reasons"],
    )
    assert re.fullmatch(
        r"erratic: correlation [+−]\d\.\d\d with the co-jurors' mean on 40 shared candidacies, "
        r"below 0\.3",
        flags.at["j15", "reasons"],
    )
    assert re.fullmatch(
        r"flat: totals spread 0\.\d points \(standard deviation\), below 3"
        r"(; the order of totals so close is not judged erratic \(correlation [+−]\d\.\d\d\))?",
        flags.at["j16", "reasons"],
    )
    # The figures in words are those of the columns.
    assert f"{flags.at['j14', 'effect']:.1f}" in flags.at["j14", "reasons"]
    assert f"{flags.at['j14', 'effect_z']:.1f}" in flags.at["j14", "reasons"]


def test_generated_harsh_and_lenient_jurors_are_measured_near_their_true_effect() -> None:
    flags = juror_flags(flagged_round()).set_index("juror")
    # The fit measures against the average of all 16 jurors, whose true mean is close to 0.
    assert flags.at["j13", "effect"] == pytest.approx(-20, abs=3)
    assert flags.at["j14", "effect"] == pytest.approx(20, abs=3)


def test_a_flat_juror_is_not_also_flagged_erratic() -> None:
    # j16's totals are 58 plus noise: their correlation with the co-jurors is noise as well.
    flags = juror_flags(flagged_round(), flat_sd_below=3.0).set_index("juror")
    assert flags.at["j16", "flat"]
    assert not flags.at["j16", "erratic"]
    assert flags.at["j16", "spread"] < 1
    # Its correlation is below 0.3 here, so it would have been flagged erratic as well.
    assert flags.at["j16", "correlation"] < 0.3
    assert "not judged erratic" in flags.at["j16", "reasons"]


def test_on_a_jury_of_five_no_juror_can_reach_two_standard_deviations() -> None:
    # Five jurors score the same three candidacies; four give 40, 50, 60 and one 30 more.
    # b_5 = b + 30 and 4b + b_5 = 0: b = −6, b_5 = +24. The sample sd of (24, −6, −6, −6, −6)
    # is √((576 + 4·36)/4) = √180, so z = 24/√180 = 4/√5 ≈ 1.79: the largest z any juror of
    # five can have ((n − 1)/√n), below the default 2. docs/ranking.md warns of this.
    totals = totals_of(
        {
            (candidacy, juror): quality + (30 if juror == "J5" else 0)
            for candidacy, quality in {"c1": 40, "c2": 50, "c3": 60}.items()
            for juror in ["J1", "J2", "J3", "J4", "J5"]
        }
    )
    flags = juror_flags(totals).set_index("juror")
    assert flags.at["J5", "effect"] == pytest.approx(24)
    assert flags.at["J5", "effect_z"] == pytest.approx(4 / math.sqrt(5))
    assert not flags[FLAGS].any(axis=None)


def test_thresholds_are_parameters() -> None:
    totals = flagged_round()
    loose = juror_flags(totals, harsh_lenient_sd=3.0, erratic_below=-1.0, flat_sd_below=0.0)
    assert not loose[FLAGS].any(axis=None)
    none_judged = juror_flags(totals, min_scorecards=1000)
    assert not none_judged[FLAGS].any(axis=None)
    assert none_judged["reasons"].str.startswith("not judged: ").all()


def test_a_given_fit_is_used_and_must_cover_the_jurors() -> None:
    totals = flagged_round()
    fit = fit_severity(totals)
    pd.testing.assert_frame_equal(juror_flags(totals, fit=fit), juror_flags(totals))
    other = SeverityResult(
        mean=fit.mean,
        candidacy_effects=fit.candidacy_effects,
        juror_effects=fit.juror_effects[fit.juror_effects["juror"] != "j01"],
        residual_sd=fit.residual_sd,
        components=fit.components,
    )
    with pytest.raises(ValueError, match="no effect for the juror"):
        juror_flags(totals, fit=other)
