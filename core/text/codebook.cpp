#include "text/codebook.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {

bool sameKeyword(const ThemeKeyword &a, const ThemeKeyword &b)
{
    return a.kind == b.kind && a.language == b.language
           && a.text.compare(b.text, Qt::CaseInsensitive) == 0;
}

bool holds(const QList<ThemeKeyword> &keywords, const ThemeKeyword &keyword)
{
    return std::any_of(keywords.cbegin(), keywords.cend(), [&keyword](const ThemeKeyword &k) {
        return sameKeyword(k, keyword);
    });
}

} // namespace

Codebook::Codebook(QList<Theme> themes, qint64 nextId)
    : m_themes(std::move(themes))
    , m_nextId(std::max<qint64>(nextId, 1))
{
    for (const Theme &t : std::as_const(m_themes))
        m_nextId = std::max(m_nextId, t.id + 1);
}

const Theme *Codebook::theme(qint64 id) const
{
    const int p = position(id);
    return p < 0 ? nullptr : &m_themes.at(p);
}

int Codebook::position(qint64 id) const
{
    for (int i = 0; i < m_themes.size(); ++i) {
        if (m_themes.at(i).id == id)
            return i;
    }
    return -1;
}

Result<Theme> Codebook::existing(qint64 id) const
{
    if (const Theme *t = theme(id))
        return *t;
    return Result<Theme>::failure(tr("There is no theme %1.").arg(id));
}

Theme Codebook::edited(Theme theme)
{
    if (theme.origin == Theme::Origin::Suggested)
        theme.origin = Theme::Origin::Edited;
    return theme;
}

Result<CodebookEdit> Codebook::rename(qint64 id, const QString &label) const
{
    Result<Theme> t = existing(id);
    if (!t)
        return Result<CodebookEdit>::failure(t.error());
    const QString name = label.simplified();
    if (name.isEmpty())
        return Result<CodebookEdit>::failure(tr("A theme needs a name."));
    Theme renamed = edited(t.value());
    renamed.label = name;
    return CodebookEdit{tr("Rename “%1” to “%2”").arg(t->label, name), {{id, renamed, -1}}};
}

Result<CodebookEdit> Codebook::merge(const QList<qint64> &ids, const QString &label) const
{
    if (ids.size() < 2 || QSet<qint64>(ids.cbegin(), ids.cend()).size() != ids.size())
        return Result<CodebookEdit>::failure(tr("Choose two or more different themes to merge."));
    Result<Theme> first = existing(ids.first());
    if (!first)
        return Result<CodebookEdit>::failure(first.error());
    Theme merged = edited(first.value());
    if (!label.simplified().isEmpty())
        merged.label = label.simplified();
    QStringList names{first->label};
    CodebookEdit edit;
    for (qsizetype i = 1; i < ids.size(); ++i) {
        Result<Theme> other = existing(ids.at(i));
        if (!other)
            return Result<CodebookEdit>::failure(other.error());
        names << other->label;
        for (const ThemeKeyword &k : std::as_const(other->keywords)) {
            if (!holds(merged.keywords, k))
                merged.keywords.append(k);
        }
        edit.changes.append({other->id, std::nullopt, -1});
    }
    edit.changes.prepend({merged.id, merged, -1});
    edit.description
        = tr("Merge %1 into “%2”").arg(names.mid(1).join(QStringLiteral(", ")), merged.label);
    return edit;
}

Result<CodebookEdit>
Codebook::split(qint64 id, const QList<ThemeKeyword> &moved, const QString &label) const
{
    Result<Theme> t = existing(id);
    if (!t)
        return Result<CodebookEdit>::failure(t.error());
    const QString name = label.simplified();
    if (name.isEmpty())
        return Result<CodebookEdit>::failure(tr("The new theme needs a name."));
    if (moved.isEmpty())
        return Result<CodebookEdit>::failure(tr("Choose the keywords of the new theme."));
    Theme kept = edited(t.value());
    Theme split{m_nextId, name, {}, Theme::Origin::Analyst};
    for (const ThemeKeyword &k : moved) {
        if (!holds(kept.keywords, k))
            return Result<CodebookEdit>::failure(
                tr("“%1” has no keyword “%2”.").arg(kept.label, k.text));
        kept.keywords.removeIf([&k](const ThemeKeyword &o) { return sameKeyword(o, k); });
        split.keywords.append(k);
    }
    if (kept.keywords.isEmpty())
        return Result<CodebookEdit>::failure(
            tr("“%1” would keep no keyword; rename it instead.").arg(kept.label));
    return CodebookEdit{tr("Split “%1” from “%2”").arg(name, kept.label),
                        {{id, kept, -1}, {split.id, split, position(id) + 1}}};
}

Result<CodebookEdit> Codebook::remove(qint64 id) const
{
    Result<Theme> t = existing(id);
    if (!t)
        return Result<CodebookEdit>::failure(t.error());
    return CodebookEdit{tr("Delete “%1”").arg(t->label), {{id, std::nullopt, -1}}};
}

Result<CodebookEdit> Codebook::addKeyword(qint64 id, const ThemeKeyword &keyword) const
{
    Result<Theme> t = existing(id);
    if (!t)
        return Result<CodebookEdit>::failure(t.error());
    ThemeKeyword k = keyword;
    k.text = k.text.simplified();
    if (k.text.isEmpty())
        return Result<CodebookEdit>::failure(tr("A keyword cannot be empty."));
    if (holds(t->keywords, k))
        return Result<CodebookEdit>::failure(
            tr("“%1” already has the keyword “%2”.").arg(t->label, k.text));
    Theme changed = edited(t.value());
    changed.keywords.append(k);
    return CodebookEdit{tr("Add “%1” to “%2”").arg(k.text, t->label), {{id, changed, -1}}};
}

Result<CodebookEdit> Codebook::removeKeyword(qint64 id, const ThemeKeyword &keyword) const
{
    Result<Theme> t = existing(id);
    if (!t)
        return Result<CodebookEdit>::failure(t.error());
    if (!holds(t->keywords, keyword))
        return Result<CodebookEdit>::failure(
            tr("“%1” has no keyword “%2”.").arg(t->label, keyword.text));
    Theme changed = edited(t.value());
    changed.keywords.removeIf(
        [&keyword](const ThemeKeyword &o) { return sameKeyword(o, keyword); });
    return CodebookEdit{tr("Remove “%1” from “%2”").arg(keyword.text, t->label),
                        {{id, changed, -1}}};
}

Result<CodebookEdit> Codebook::create(const QString &label,
                                      const QList<ThemeKeyword> &keywords) const
{
    const QString name = label.simplified();
    if (name.isEmpty())
        return Result<CodebookEdit>::failure(tr("A theme needs a name."));
    Theme t{m_nextId, name, {}, Theme::Origin::Analyst};
    for (ThemeKeyword k : keywords) {
        k.text = k.text.simplified();
        if (!k.text.isEmpty() && !holds(t.keywords, k))
            t.keywords.append(k);
    }
    return CodebookEdit{tr("New theme “%1”").arg(name), {{t.id, t, -1}}};
}

Result<CodebookEdit> Codebook::createFromSearch(const QString &search, const QString &label) const
{
    const QString text = search.simplified();
    if (text.isEmpty())
        return Result<CodebookEdit>::failure(tr("Search for something first."));
    return create(label.simplified().isEmpty() ? text : label,
                  {{text, Language::Unknown, ThemeKeyword::Kind::Text}});
}

CodebookEdit Codebook::replaceSuggestions(const QList<Theme> &suggestions) const
{
    CodebookEdit edit{tr("Suggest themes again"), {}};
    QList<Theme> kept;
    for (const Theme &t : m_themes) {
        if (t.origin == Theme::Origin::Suggested)
            edit.changes.append({t.id, std::nullopt, -1});
        else
            kept.append(t);
    }
    qint64 next = m_nextId;
    for (const Theme &s : suggestions) {
        const bool taken = std::any_of(kept.cbegin(), kept.cend(), [&s](const Theme &k) {
            if (k.label.compare(s.label, Qt::CaseInsensitive) == 0)
                return true;
            return std::any_of(s.keywords.cbegin(), s.keywords.cend(), [&k](const ThemeKeyword &w) {
                return holds(k.keywords, w);
            });
        });
        if (taken)
            continue;
        Theme t = s;
        t.id = next++;
        t.origin = Theme::Origin::Suggested;
        edit.changes.append({t.id, t, -1});
    }
    return edit;
}

CodebookEdit Codebook::apply(const CodebookEdit &edit)
{
    CodebookEdit inverse{edit.description, {}};
    for (const CodebookEdit::Change &change : edit.changes) {
        const int at = position(change.id);
        inverse.changes.prepend(
            {change.id, at >= 0 ? std::optional<Theme>(m_themes.at(at)) : std::nullopt, at});
        if (!change.theme) {
            if (at >= 0)
                m_themes.removeAt(at);
            continue;
        }
        Theme theme = *change.theme;
        theme.id = change.id;
        if (at >= 0) {
            m_themes[at] = theme;
            if (change.position >= 0 && change.position != at)
                m_themes.move(at, std::clamp(change.position, 0, int(m_themes.size()) - 1));
        } else {
            const int to = change.position < 0 ? int(m_themes.size())
                                               : std::min(change.position, int(m_themes.size()));
            m_themes.insert(to, theme);
        }
        m_nextId = std::max(m_nextId, change.id + 1);
    }
    return inverse;
}
