#!/usr/bin/env python3
"""Draws the charts used by Briefkit's sample documents (examples/samples/*.md).

The numbers are the fictional "Cool Hours" study's, the same ones the sample
report, brief and press release quote; change them here and in the text together.

Needs matplotlib (Debian: apt-get install python3-matplotlib). Run from anywhere:

    /usr/bin/python3 examples/samples/images/make_charts.py

Each chart is 1600 x 900 px on white, drawn in one accent colour (#1F4E79) and
grays, with line styles and hatching so it still reads when printed in grayscale.
The output is deterministic: no timestamps or software tags are written.
"""

import math
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

HERE = Path(__file__).resolve().parent
ACCENT = "#1F4E79"
DARK = "#3A3A3A"
MID = "#8C8C8C"
LIGHT = "#D9D9D9"
SIZE = (8, 4.5)  # inches; at 200 dpi this is 1600 x 900 px
DPI = 200

plt.rcParams.update({
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.edgecolor": DARK,
    "axes.labelcolor": DARK,
    "xtick.color": DARK,
    "ytick.color": DARK,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "svg.hashsalt": "briefkit",
})


def save(fig, name):
    path = HERE / name
    fig.savefig(path, dpi=DPI, facecolor="white", metadata={"Software": None})
    plt.close(fig)
    print(f"wrote {path.name} ({path.stat().st_size // 1024} KB)")


def walking_time_chart():
    """Share of respondents who used a cooling site, by walking time to the nearest one."""
    bands = ["under 5", "5-10", "10-15", "15-20", "20-30", "30 or more"]
    us = [39, 27, 15, 9, 6, 4]
    seoul = [47, 34, 19, 12, 8, None]  # too few Seoul respondents live 30+ minutes away
    fig, ax = plt.subplots(figsize=SIZE)
    fig.subplots_adjust(left=0.09, right=0.98, top=0.93, bottom=0.15)
    width = 0.38
    xs = range(len(bands))
    ax.bar([x - width / 2 for x in xs], us, width, color=ACCENT, label="Four U.S. cities")
    ax.bar([x + width / 2 for x in xs], [v or 0 for v in seoul], width, color=LIGHT,
           edgecolor=DARK, hatch="///", linewidth=0.6, label="Two Seoul districts")
    for x, v in zip(xs, us):
        ax.text(x - width / 2, v + 0.8, f"{v}%", ha="center", va="bottom", fontsize=9, color=DARK)
    for x, v in zip(xs, seoul):
        label = f"{v}%" if v is not None else "n/a"
        ax.text(x + width / 2, (v or 0) + 0.8, label, ha="center", va="bottom", fontsize=9, color=DARK)
    ax.set_xticks(list(xs))
    ax.set_xticklabels(bands)
    ax.set_xlabel("Walking time to the nearest cooling site (minutes)")
    ax.set_ylabel("Used a cooling site on an alert day (%)")
    ax.set_ylim(0, 55)
    ax.yaxis.grid(True, color=LIGHT, linewidth=0.6)
    ax.set_axisbelow(True)
    ax.legend(frameon=False, loc="upper right")
    save(fig, "walking-time-use.png")


def heat_wave_chart():
    """Hourly temperatures over a five-day heat wave: outdoors and inside top-floor flats."""
    hours = list(range(5 * 24 + 1))
    outdoor, indoor = [], []
    for h in hours:
        days = h / 24
        # outdoor: low near 6 a.m., high near 3 p.m.; the air mass warms a little each day
        outdoor.append(87.0 + 1.1 * days + 10.5 * math.cos(2 * math.pi * (h - 15) / 24))
        # indoor: peaks about five hours later and swings less, but keeps the heat of earlier days
        indoor.append(87.6 + 1.35 * days + 3.6 * math.cos(2 * math.pi * (h - 20) / 24))
    fig, ax = plt.subplots(figsize=SIZE)
    fig.subplots_adjust(left=0.09, right=0.98, top=0.93, bottom=0.15)
    ax.plot(hours, outdoor, color=MID, linewidth=1.6, linestyle=(0, (5, 3)), label="Outdoors (airport station)")
    ax.plot(hours, indoor, color=ACCENT, linewidth=2.4, label="Inside top-floor apartments without air conditioning (median)")
    ax.axhline(86, color=DARK, linewidth=0.9, linestyle=":")
    ax.text(119, 85.6, "86\u00b0F (30\u00b0C)", fontsize=9, color=DARK, ha="right", va="top",
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 1.5})
    ax.set_xticks([12 + 24 * d for d in range(5)])
    ax.set_xticklabels(["Mon 14 Jul", "Tue 15 Jul", "Wed 16 Jul", "Thu 17 Jul", "Fri 18 Jul"])
    ax.set_xticks([24 * d for d in range(6)], minor=True)
    ax.tick_params(axis="x", which="major", length=0)
    ax.tick_params(axis="x", which="minor", length=6)
    ax.set_xlim(0, 120)
    ax.set_ylim(74, 104)
    ax.set_ylabel("Temperature (\u00b0F)")
    ax.yaxis.grid(True, color=LIGHT, linewidth=0.6)
    ax.set_axisbelow(True)
    ax.legend(frameon=False, loc="upper left", fontsize=9)
    save(fig, "indoor-heat-wave.png")


def reasons_chart():
    """Why U.S. respondents who knew of an alert did not use a cooling site (several answers allowed)."""
    reasons = [
        ("Did not know where the nearest site was", 38),
        ("Too far, or no way to get there", 34),
        ("Felt it was not needed", 31),
        ("Site was closed when it was hottest", 22),
        ("Health or mobility problem", 19),
        ("Would not leave a pet, spouse or home", 17),
        ("Did not feel welcome, or nowhere to rest", 12),
    ]
    labels = [r for r, _ in reasons][::-1]
    values = [v for _, v in reasons][::-1]
    fig, ax = plt.subplots(figsize=SIZE)
    fig.subplots_adjust(left=0.40, right=0.96, top=0.95, bottom=0.13)
    ax.barh(labels, values, color=ACCENT, height=0.62)
    for y, v in enumerate(values):
        ax.text(v + 0.6, y, f"{v}%", va="center", fontsize=9, color=DARK)
    ax.set_xlim(0, 45)
    ax.set_xlabel("Share of U.S. respondents who knew of an alert but used no site (%)")
    ax.xaxis.grid(True, color=LIGHT, linewidth=0.6)
    ax.set_axisbelow(True)
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)
    save(fig, "reasons-not-used.png")


def open_hours_chart():
    """Share of cooling sites open in each hour of an alert day, with the indoor peak shaded."""
    us = [3, 3, 3, 3, 3, 3, 4, 6, 22, 71, 96, 97, 97, 97, 97, 95, 82, 58, 29, 22, 18, 9, 5, 3]
    seoul = [4, 4, 4, 4, 4, 4, 6, 9, 31, 88, 97, 98, 98, 98, 98, 97, 94, 90, 84, 75, 61, 33, 8, 4]
    hours = list(range(24))
    fig, ax = plt.subplots(figsize=SIZE)
    fig.subplots_adjust(left=0.09, right=0.96, top=0.93, bottom=0.15)
    ax.axvspan(18, 22, color=LIGHT, alpha=0.7, linewidth=0)
    ax.text(20, 103, "Homes without air\nconditioning are hottest", ha="center", va="bottom", fontsize=9, color=DARK)
    ax.step(hours + [24], seoul + [seoul[-1]], where="post", color=MID, linewidth=1.8,
            linestyle=(0, (5, 3)), label="Two Seoul districts (378 shelters)")
    ax.step(hours + [24], us + [us[-1]], where="post", color=ACCENT, linewidth=2.4,
            label="Four U.S. cities (196 cooling sites)")
    ax.set_xlim(0, 24)
    ax.set_ylim(0, 118)
    ax.set_yticks([0, 20, 40, 60, 80, 100])
    ax.set_xticks([0, 3, 6, 9, 12, 15, 18, 21, 24])
    ax.set_xticklabels(["12 a.m.", "3 a.m.", "6 a.m.", "9 a.m.", "noon", "3 p.m.", "6 p.m.", "9 p.m.", "12 a.m."])
    ax.set_xlabel("Hour of the day, on heat-alert days")
    ax.set_ylabel("Sites open (%)")
    ax.yaxis.grid(True, color=LIGHT, linewidth=0.6)
    ax.set_axisbelow(True)
    ax.legend(frameon=False, loc="upper left", fontsize=9)
    save(fig, "open-hours.png")


def logo():
    """The fictional Institute's logo, a stylized tree on a disc in the accent colour, 480 x 480 px."""
    fig = plt.figure(figsize=(2.4, 2.4))
    ax = fig.add_axes([0, 0, 1, 1])
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.axis("off")
    ax.add_patch(plt.Circle((0.5, 0.5), 0.46, color=ACCENT))
    for i, (dy, w) in enumerate([(0.0, 0.34), (0.16, 0.26), (0.30, 0.18)]):
        ax.add_patch(matplotlib.patches.Ellipse((0.5, 0.30 + dy), w, 0.13,
                                                color="white" if i != 1 else LIGHT))
    ax.add_patch(plt.Rectangle((0.485, 0.16), 0.03, 0.12, color="white"))
    save(fig, "bramblewood-logo.png")


if __name__ == "__main__":
    walking_time_chart()
    heat_wave_chart()
    reasons_chart()
    open_hours_chart()
    logo()
