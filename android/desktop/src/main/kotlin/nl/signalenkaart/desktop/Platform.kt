package nl.signalenkaart.desktop

import nl.signalenkaart.core.Core
import nl.signalenkaart.core.CoreConfig
import nl.signalenkaart.core.Language
import nl.signalenkaart.core.PlatformBiometrics
import nl.signalenkaart.core.PlatformClock
import nl.signalenkaart.core.insecureSoftwareKeyWrapper
import java.io.File
import java.util.concurrent.Executor
import java.util.concurrent.atomic.AtomicLong
import javax.swing.SwingUtilities

/** The desktop's main thread: Swing's event dispatch thread (also Compose's, in tests). */
val SwingMain = Executor { SwingUtilities.invokeLater(it) }

/**
 * A clock that stands still unless moved, for reproducible screenshots and tests.
 * 2026-11-28 14:00 in the Netherlands (UTC+1 in winter), on a device booted a day ago.
 */
class FixedClock(startMillis: Long = 1_795_870_800_000L, private val offsetSeconds: Int = 3600) : PlatformClock {
    private val now = AtomicLong(startMillis)
    private val sinceBoot = AtomicLong(86_400_000L)
    override fun nowUnixMillis(): Long = now.get()
    override fun utcOffsetSeconds(atUnixMillis: Long): Int = offsetSeconds
    override fun sinceBootMillis(): Long = sinceBoot.get()

    /** Lets [minutes] pass: the wall clock and the time since boot move together. */
    fun advanceMinutes(minutes: Long) {
        now.addAndGet(minutes * 60_000)
        sinceBoot.addAndGet(minutes * 60_000)
    }
}

/**
 * A core over a vault in [dir], with the software key wrapper.
 * NOT FOR PHONES: the key lies in a plain file next to the vault.
 * The preview has no biometric key ([biometrics] null: the core says there is no
 * sensor); tests pass a fake.
 */
fun desktopCore(
    dir: File,
    language: Language,
    clock: PlatformClock? = null,
    biometrics: PlatformBiometrics? = null,
): Core {
    val keys = insecureSoftwareKeyWrapper(File(dir, "keys").apply { mkdirs() }.path)
    val config = CoreConfig(dataDir = File(dir, "data").path, deviceLanguage = language)
    return if (clock == null) Core(config, keys, biometrics) else Core.withClock(config, keys, clock, biometrics)
}
