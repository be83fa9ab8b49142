// UTF-8 <-> OUString and small UNO conveniences the published SDK lacks.
#pragma once

#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

#include <initializer_list>
#include <string>

namespace ita::lo {

using rtl::OUString;

inline OUString toOU(const std::string &s) {
    return OUString(s.data(), static_cast<sal_Int32>(s.size()), RTL_TEXTENCODING_UTF8);
}
inline std::string toStd(const OUString &s) {
    const rtl::OString o = rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8);
    return std::string(o.getStr(), static_cast<size_t>(o.getLength()));
}

// Debian's SDK hides Sequence's initializer-list constructor behind LIBO_INTERNAL_ONLY.
template <class T> css::uno::Sequence<T> seq(std::initializer_list<T> items) {
    css::uno::Sequence<T> s(static_cast<sal_Int32>(items.size()));
    sal_Int32 i = 0;
    for (const T &t : items)
        s[i++] = t;
    return s;
}

} // namespace ita::lo
