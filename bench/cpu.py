"""CPU seconds of the service's processes, printed beside the benchmarks' figures (Linux /proc)."""
import os


def seconds():
    """CPU seconds used so far by the cloudsub.jar process, the mariadbd it started (its embedded database) and this
    client, by name."""
    procs = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmd = open(f"/proc/{pid}/cmdline", "rb").read()
            stat = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        procs[pid] = (cmd, int(stat[1]), (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK"))
    java = {pid for pid, (cmd, _, _) in procs.items() if b"cloudsub.jar" in cmd}
    used = {"client": sum(os.times()[:2])}
    for pid, (cmd, parent, cpu) in procs.items():
        name = "java" if pid in java else "mariadbd" if b"mariadbd" in cmd and str(parent) in java else None
        if name:
            used[name] = used.get(name, 0) + cpu
    return used


def spent(before):
    """The CPU seconds spent since `before` (a result of seconds()), as text."""
    return ", ".join(f"{k} {v - before.get(k, 0):.1f}" for k, v in sorted(seconds().items()))
