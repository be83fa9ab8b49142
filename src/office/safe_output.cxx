#include "office/safe_output.hxx"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <stdexcept>
#include <unistd.h>

namespace fs = std::filesystem;

namespace ita::office {

namespace {

[[noreturn]] void fail(const std::string &what, const std::string &path, int err) {
    throw std::runtime_error(what + " " + path + ": " + std::strerror(err));
}

void copyAndSync(const std::string &from, const std::string &tmp) {
    const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) fail("cannot read", from, errno);
    const int out = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (out < 0) {
        const int err = errno;
        ::close(in);
        fail("cannot write", tmp, err);
    }
    char buf[1 << 16];
    int err = 0;
    for (;;) {
        const ssize_t n = ::read(in, buf, sizeof buf);
        if (n == 0) break;
        if (n < 0) {
            if (errno == EINTR) continue;
            err = errno;
            break;
        }
        for (ssize_t done = 0; done < n;) {
            const ssize_t w = ::write(out, buf + done, size_t(n - done));
            if (w < 0 && errno == EINTR) continue;
            if (w < 0) {
                err = errno;
                break;
            }
            done += w;
        }
        if (err) break;
    }
    if (!err && ::fsync(out) < 0) err = errno;
    ::close(in);
    if (::close(out) < 0 && !err) err = errno;
    if (err) {
        ::unlink(tmp.c_str());
        fail("cannot write", tmp, err);
    }
}

} // namespace

void checkNewOutput(const std::string &path, bool replace) {
    std::error_code ec;
    const fs::path p = fs::absolute(path);
    if (fs::is_directory(p, ec)) throw std::runtime_error(path + " is a folder, not a file name");
    if (fs::exists(p, ec) && !replace)
        throw std::runtime_error(path + " exists already; choose a new name or pass --force to replace it");
    const fs::path dir = p.parent_path();
    if (!fs::exists(dir, ec)) fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir)) throw std::runtime_error("cannot create the folder " + dir.string());
    if (::access(dir.c_str(), W_OK | X_OK) != 0) fail("cannot write into the folder", dir.string(), errno);
}

void publishFile(const std::string &from, const std::string &to, bool replace) {
    const fs::path target = fs::absolute(to);
    fs::create_directories(target.parent_path());
    const fs::path tmp = target.parent_path() /
                         ("." + target.filename().string() + ".ita-" + std::to_string(::getpid()) + ".part");
    ::unlink(tmp.c_str()); // ours from an earlier attempt of this process
    copyAndSync(from, tmp.string());
    int rc;
    if (replace) {
        rc = std::rename(tmp.c_str(), target.c_str());
    } else {
        // link() fails with EEXIST instead of replacing: no window in which a file
        // another program just wrote could be overwritten.
        rc = ::link(tmp.c_str(), target.c_str());
        if (rc == 0) ::unlink(tmp.c_str());
    }
    if (rc != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        if (err == EEXIST)
            throw std::runtime_error(to + " exists already; choose a new name or pass --force to replace it");
        fail("cannot write", to, err);
    }
}

} // namespace ita::office
