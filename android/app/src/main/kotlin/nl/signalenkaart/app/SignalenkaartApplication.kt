package nl.signalenkaart.app

import android.app.Application
import android.os.LocaleList
import androidx.fragment.app.FragmentActivity
import nl.signalenkaart.core.Core
import nl.signalenkaart.core.CoreConfig
import nl.signalenkaart.core.Language
import nl.signalenkaart.core.deviceLanguage
import nl.signalenkaart.ui.Launcher
import nl.signalenkaart.ui.Store
import java.io.File

/**
 * Holds the one core for the process, so a rotated or recreated activity finds the
 * same state (navigation, the quick checklist) instead of starting over. A core that
 * cannot start (a full or unwritable disk) is the launcher's start-failure screen, not
 * a crash loop.
 */
class SignalenkaartApplication : Application() {
    /** The platform calls of the effects, on whichever activity is in the foreground. */
    val platform: ContextPlatform by lazy { ContextPlatform(this) { biometrics.cancel() } }

    /** The biometric unlock's key; its prompt shows over the activity in the foreground. */
    private val biometrics: AndroidBiometrics by lazy { AndroidBiometrics(this) { platform.activity as? FragmentActivity } }

    /** Starts the core; the activity shows its state. */
    val launcher: Launcher by lazy {
        val language = languageOf(LocaleList.getDefault())
        Launcher(language) {
            val config = CoreConfig(dataDir = File(filesDir, "signalenkaart").path, deviceLanguage = language)
            Store(Core(config, AndroidKeyStoreWrapper(this), biometrics), AndroidEffects(platform), mainExecutor)
        }
    }
}

/** The core's rule for the device's language, over the user's ordered locale list. */
fun languageOf(locales: LocaleList): Language =
    deviceLanguage((0 until locales.size()).map { locales[it].toLanguageTag() })
