#include "office/spawn.hxx"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <stdexcept>
#include <sys/wait.h>

extern char **environ;

namespace ita::office {

namespace {
std::string nameOf(const std::string &kv) {
    return kv.substr(0, kv.find('='));
}
} // namespace

std::vector<std::string> childEnvironment(const std::vector<std::string> &set,
                                          const std::vector<std::string> &unset) {
    std::vector<std::string> env;
    for (char **e = environ; *e; ++e) {
        const std::string kv = *e;
        const std::string name = nameOf(kv);
        bool drop = false;
        for (const auto &u : unset)
            drop = drop || u == name;
        for (const auto &s : set)
            drop = drop || nameOf(s) == name;
        if (!drop) env.push_back(kv);
    }
    env.insert(env.end(), set.begin(), set.end());
    return env;
}

int runProcess(const SpawnSpec &spec) {
    if (spec.argv.empty()) throw std::invalid_argument("runProcess: no program");
    std::vector<std::string> args = spec.argv;
    std::vector<char *> argv;
    for (auto &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<std::string> env = childEnvironment(spec.setEnv, spec.unsetEnv);
    std::vector<char *> envp;
    for (auto &e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    if (!spec.outputFile.empty()) {
        posix_spawn_file_actions_addopen(&actions, 1, spec.outputFile.c_str(), O_WRONLY | O_CREAT | O_APPEND,
                                         0644);
        posix_spawn_file_actions_adddup2(&actions, 1, 2);
    }
    pid_t pid = -1;
    const int rc = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) throw std::runtime_error("cannot start " + spec.argv[0] + ": " + std::strerror(rc));
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) throw std::runtime_error("waitpid: " + std::string(std::strerror(errno)));
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

} // namespace ita::office
