"""What a process has used, read from /proc: shared by the bench scripts
(scripts/bench-reminders, scripts/bench-player-cpu)."""

import os

TICK = os.sysconf("SC_CLK_TCK")


def cpu_ms(pid):
    """User + system CPU time of `pid` so far, in ms (steps of the kernel's tick)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 // TICK  # utime + stime


def memory_kb(pid):
    """Rss and Pss of `pid`, in kB."""
    values = {}
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            parts = line.split()
            if parts[0] in ("Rss:", "Pss:"):
                values[parts[0][:-1]] = int(parts[1])
    return values


def alive(pid):
    return os.path.exists(f"/proc/{pid}")
