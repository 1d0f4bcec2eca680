"""English singular forms of the messages that take a count (%n): the source text is the plural.

A message whose source writes its plural as "(s)" ("%n answer(s)") needs no entry here: apply.py
makes "answer" and "answers" of it. Every other counted message needs its singular here, or
update.sh reports it as untranslated in English.
"""
EN_SINGULAR = {
    'These keywords find %n responses.': 'These keywords find %n response.',
    '%n responses contain it.': '%n response contains it.',
    'a significant rise of %n points': 'a significant rise of %n point',
    'a significant fall of %n points': 'a significant fall of %n point',
    '%n responses without a score are not counted in the NPS.':
        '%n response without a score is not counted in the NPS.',
    'The new theme finds %n responses.': 'The new theme finds %n response.',
    '%1 of %2 responses answered the open question; %n themes.':
        '%1 of %2 responses answered the open question; %n theme.',
    'If the %n detractors who mention it were passives, the NPS would be %1 points higher.':
        'If the %n detractor who mentions it were a passive, the NPS would be %1 points higher.',
    'The theme that costs the score most is “%1”: if the %n detractor(s) who mention it were passives, the NPS would be %2 points higher.':
        'The theme that costs the score most is “%1”: if the %n detractor who mentions it were a passive, the NPS would be %2 points higher.',
    '%n themes in %1 of %2 answers to “%3”: what respondents value, the most mentioned first':
        '%n theme in %1 of %2 answers to “%3”: what respondents value',
    'and %n more':
        'and %n more',
    '%n themes in %1 of %2 answers, the largest impact first':
        '%n theme in %1 of %2 answers',
    '%n responses have no score (%1): kept with their answers, left out of the NPS.':
        '%n response has no score (%1): kept with its answers, left out of the NPS.',
    "%n detractors under the dashboard's filter (%1 still open). Double-click a status or a note "
    "to change it; changes are stored in the project at once.":
        "%n detractor under the dashboard's filter (%1 still open). Double-click a status or a note "
        "to change it; changes are stored in the project at once.",
    'Next attempt in %n s.': 'Next attempt in %n s.',
    '%n new responses from the team': '%n new response from the team',
    '%n rows repeat a respondent id of an earlier row of this file: counted once.':
        '%n row repeats a respondent id of an earlier row of this file: counted once.',
    '%n rows have an NPS group that disagrees with their score; the score counts.':
        '%n row has an NPS group that disagrees with its score; the score counts.',
    '%n rows repeat the respondent id of an earlier row and were counted once.':
        '%n row repeats the respondent id of an earlier row and was counted once.',
}
