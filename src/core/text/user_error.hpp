// The one exception for input a user must fix (a document without a fiscal year, a
// score that is no number): a catalogue key and its arguments, readable in both
// languages. UNO entry points turn it into IllegalArgumentException (a cell error in
// Calc, a message box from the menus); the CLI prints it.
#pragma once

#include "core/text/messages.hpp"

#include <stdexcept>
#include <string>

namespace ita {

class UserError : public std::runtime_error {
  public:
    // what() is "Thai text (English text)", as the menus and `ita` print it.
    UserError(std::string key, msg::Args th, msg::Args en);
    UserError(std::string key, const msg::Args &args) : UserError(std::move(key), args, args) {}

    const std::string &key() const { return key_; }
    std::string text(msg::Lang lang) const {
        return msg::text(key_, lang, lang == msg::Lang::Th ? th_ : en_);
    }
    // Which argument of a spreadsheet function was wrong (0-based), when the error is about one.
    int argument = 0;

  private:
    std::string key_;
    msg::Args th_, en_;
};

} // namespace ita
