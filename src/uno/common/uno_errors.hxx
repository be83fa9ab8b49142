// What UNO callers see when something goes wrong, in one place.
#pragma once

#include "uno/common/uno_strings.hxx"

#include "core/text/user_error.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <exception>
#include <string>

namespace ita::lo {

// Bad input from the caller: a message box from the menus, a cell error in Calc.
[[noreturn]] inline void throwIllegalArgument(const std::string &message, sal_Int16 argument = 0) {
    throw css::lang::IllegalArgumentException(toOU(message), nullptr, argument);
}

// How a C++ exception that is no UserError reaches the caller: a service reports it as
// a failure of the call, a spreadsheet function as an error in its cell.
enum class Unexpected { RuntimeError, IllegalArgument };

// The one exception boundary of UNO entry points: a C++ exception escaping into the
// office would abort it. UNO exceptions pass as they are; a UserError (input the user
// must fix) becomes an IllegalArgumentException naming its argument.
template <class F>
auto unoBoundary(F &&f, Unexpected unexpected = Unexpected::RuntimeError) -> decltype(f()) {
    try {
        return f();
    } catch (const css::uno::Exception &) {
        throw;
    } catch (const UserError &e) {
        throwIllegalArgument(e.what(), static_cast<sal_Int16>(e.argument));
    } catch (const std::exception &e) {
        if (unexpected == Unexpected::IllegalArgument) throwIllegalArgument(e.what());
        throw css::uno::RuntimeException(toOU(std::string("ITA Tools: ") + e.what()));
    }
}

} // namespace ita::lo
