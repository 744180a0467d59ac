"""A child editing and importing is killed at random moments; nothing committed is lost,
nothing half-done remains. ``python -m scripts.kill_loop`` runs the same check 500 times."""

from __future__ import annotations

import random

from scripts import kill_loop

KILLS = 30


def test_killed_at_random_moments_the_dossier_holds_exactly_the_committed_work(tmp_path):
    seed = random.randrange(1_000_000)
    lanes = kill_loop.run_lanes(tmp_path, KILLS, lanes=3, seed=seed)
    failures = [failure for lane in lanes for failure in lane.failures]
    assert failures == [], f"seed {seed}"
    assert sum(lane.kills for lane in lanes) == KILLS
    # The kills must land while work is going on, not only before or after it.
    killed_mid_work = sum(1 for lane in lanes for commits in lane.reported.values() if commits)
    assert killed_mid_work >= KILLS // 2, f"seed {seed}"
