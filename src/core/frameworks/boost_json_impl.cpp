// Boost.JSON compiled into ita_core (header-only mode), so that the component
// loaded by LibreOffice does not depend on a Boost shared library at run time.
#include <boost/json/src.hpp>
