"""bench/bench_spark.py gives each local[k] run k CPUs, so "one core" is one core."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from bench_spark import confined  # noqa: E402

_CPUS_OF_CHILD = "import os; print(len(os.sched_getaffinity(0)))"


def _child_cpus(**popen) -> int:
    done = subprocess.run([sys.executable, "-c", _CPUS_OF_CHILD], capture_output=True, text=True, check=True, **popen)
    return int(done.stdout)


def test_a_confined_run_and_its_children_see_only_their_cores() -> None:
    assert _child_cpus(preexec_fn=confined(1)) == 1
    grandchild = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {_CPUS_OF_CHILD!r}])"
    done = subprocess.run([sys.executable, "-c", grandchild], capture_output=True, text=True, check=True,
                          preexec_fn=confined(1))
    assert int(done.stdout) == 1


def test_asking_for_more_cores_than_allowed_is_an_error() -> None:
    with pytest.raises(SystemExit, match="asks for"):
        confined(len(os.sched_getaffinity(0)) + 1)
