"""Questions for the end-to-end tests, written from the sample reports' text (not taken from
any evaluation set), with the figure each answer must contain and the report it comes from."""

from __future__ import annotations

__all__ = ["FACTUAL", "FOLLOW_UP", "UNANSWERABLE"]

# (question, figure the answer must contain, report it comes from)
FACTUAL = [
    ("额敏县征集了多少件手抄报和征文作品？", "1200余件", "000_8e5fc35e060c3da7.txt"),
    ("普兰县专题学法和法治讲座覆盖了多少干部职工？", "500余人次", "002_62a3a57a87610d23.txt"),
    ("叶城县发放了多少册宪法宣传资料？", "15万余册", "004_f010129a6dcf8410.txt"),
    ("有多少名干部参加了法律知识考试？", "860余名", "003_fb758e20d058b773.txt"),
]
FOLLOW_UP = ("克孜勒陶镇发放了多少份宣传资料？", "那叶城县呢？", "15万余册")
UNANSWERABLE = "额敏县2025年的财政收入是多少亿元？"
