// The shared library's entry points: one factory per implementation. The
// implementation names are stable (documents and configuration refer to them).
#include "uno/calc/calc_functions.hxx"
#include "uno/services/document_tools.hxx"
#include "uno/services/menu_dispatcher.hxx"

#include <cppuhelper/factory.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <uno/lbnames.h>

namespace {

const cppu::ImplementationEntry kEntries[] = {
    {ita::lo::DocumentTools::create, ita::lo::DocumentTools::implementationName,
     ita::lo::DocumentTools::serviceNames, cppu::createSingleComponentFactory, nullptr, 0},
    {ita::lo::CalcFunctions::create, ita::lo::CalcFunctions::implementationName,
     ita::lo::CalcFunctions::serviceNames, cppu::createSingleComponentFactory, nullptr, 0},
    {ita::lo::MenuDispatcher::create, ita::lo::MenuDispatcher::implementationName,
     ita::lo::MenuDispatcher::serviceNames, cppu::createSingleComponentFactory, nullptr, 0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0}};

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void *SAL_CALL component_getFactory(const char *implName,
                                                                    void *serviceManager, void *registryKey) {
    return cppu::component_getFactoryHelper(implName, serviceManager, registryKey, kEntries);
}

extern "C" SAL_DLLPUBLIC_EXPORT void SAL_CALL component_getImplementationEnvironment(const char **envTypeName,
                                                                                     uno_Environment **) {
    *envTypeName = CPPU_CURRENT_LANGUAGE_BINDING_NAME;
}
