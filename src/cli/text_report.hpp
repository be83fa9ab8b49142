// Human-readable output of `ita validate` and `ita analyse` from the service's JSON.
#pragma once

#include "core/text/messages.hpp"

#include <boost/json/value.hpp>

#include <ostream>
#include <string>

namespace ita::cli {

class TextReport {
  public:
    TextReport(std::ostream &out, bool english) : out_(out), english_(english) {}
    void file(const boost::json::value &report);
    void unreadable(const std::string &path, const std::string &why);
    void summary();
    void analysis(const std::string &path, const boost::json::value &analysis);

  private:
    std::string t(const char *key, const msg::Args &args = {}) const;
    std::string yearOf(const boost::json::value &report) const;

    std::ostream &out_;
    bool english_;
    int files_ = 0, withErrors_ = 0, unreadable_ = 0, errors_ = 0, warnings_ = 0;
};

} // namespace ita::cli
