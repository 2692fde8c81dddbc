"""Questions written as new users type them, each answered from the sample reports.

"…多少人，设多少个宣讲点": where two clauses of one sentence say the same question words, the
clause saying more of the asked thing's characters ("宣讲点位") answers its part. "…人数最多"
ranks counts of people (人, 名, 人次), never sessions ("培训12期") or items.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

import re

from answer_rules import SAMPLES, check_answer, cited_rows

from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_each_part_gets_the_clause_saying_its_thing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏的宣讲团有几个人，设多少个宣讲点")
    check_answer(answer)
    assert "22人专业宣讲团" in answer.answer
    assert "72个宣讲点位" in answer.answer


def test_a_head_count_ranks_people_only(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪个县搞培训，参训人数最多")
    rows = cited_rows(answer)
    assert answer.kind == "ranking"
    assert rows[UNNAMED] == "800余人次"
    values = [value for value in rows.values() if value is not None]
    assert len(values) >= 2
    assert all(re.search(r"\d(?:余)?(?:人次|人|名|位)$", value) for value in values), values
