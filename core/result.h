#pragma once

#include <QString>

#include <optional>
#include <utility>

// A value or the message that explains why there is none: errors are data, never a silent false.
// [[nodiscard]]: a result dropped on the floor is an error nobody hears of.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    static Result failure(const QString &message)
    {
        Result r;
        r.m_error = message;
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

// For operations that return nothing but can fail.
struct Done
{
};
using Status = Result<Done>;
