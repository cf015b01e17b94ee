/*
 * Widens a window in SQLite's start-up, for core/tests/vault_threads.rs (LD_PRELOAD).
 *
 * sqlite3_initialize() marks SQLite initialised, frees its init mutex (the process's first
 * pthread_mutex_destroy) under the main mutex, releases that mutex (the thread's second
 * pthread_mutex_unlock after it: the first is the allocator's) and only then runs
 * SQLCipher's own initialisation (SQLITE_EXTRA_INIT). The initialising thread is paused
 * there for a second, after creating the file named by SIGNALENKAART_PAUSE_MARKER, so
 * that another thread can open and key a database while SQLCipher is not ready.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int destroys = 0;
static __thread int armed = 0;
static __thread int unlocks = 0;

int pthread_mutex_destroy(pthread_mutex_t *mutex) {
  static int (*real)(pthread_mutex_t *) = 0;
  if (!real) real = (int (*)(pthread_mutex_t *))dlsym(RTLD_NEXT, "pthread_mutex_destroy");
  if (__sync_add_and_fetch(&destroys, 1) == 1) armed = 1;
  return real(mutex);
}

int pthread_mutex_unlock(pthread_mutex_t *mutex) {
  static int (*real)(pthread_mutex_t *) = 0;
  if (!real) real = (int (*)(pthread_mutex_t *))dlsym(RTLD_NEXT, "pthread_mutex_unlock");
  int rc = real(mutex);
  if (armed && ++unlocks == 2) {
    armed = 0;
    const char *marker = getenv("SIGNALENKAART_PAUSE_MARKER");
    if (marker) {
      FILE *file = fopen(marker, "w");
      if (file) fclose(file);
    }
    usleep(1000000);
  }
  return rc;
}
