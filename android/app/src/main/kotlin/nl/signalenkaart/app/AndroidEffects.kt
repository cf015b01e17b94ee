package nl.signalenkaart.app

import android.app.Activity
import android.content.ActivityNotFoundException
import android.content.ClipboardManager
import android.content.ComponentName
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.net.Uri
import nl.signalenkaart.core.Effect
import nl.signalenkaart.core.Event
import nl.signalenkaart.ui.EffectHandler

/** The platform calls the effects come down to; [ContextPlatform] on a phone, fakes in tests. */
interface AndroidPlatform {
    /** Starts [intent]; throws [ActivityNotFoundException] when no app takes it. */
    fun startActivity(intent: Intent)

    /** Moves the app's task behind the others (the home screen shows). */
    fun moveTaskToBack()

    /** Ends a biometric prompt on screen; its call answers `Cancelled`. */
    fun cancelBiometricPrompt()

    /** Drops what the app put on the clipboard. */
    fun clearClipboard()

    /** Shows the neutral launcher entry ([discreet]) or the normal one. */
    fun setLauncherDiscreet(discreet: Boolean)
}

/** The core's effects on Android. Nothing here decides anything; it only carries out. */
class AndroidEffects(private val platform: AndroidPlatform) : EffectHandler {
    override fun perform(effect: Effect, send: (Event) -> Unit) {
        when (effect) {
            is Effect.Dial -> try {
                platform.startActivity(dialIntent(effect.telUri))
            } catch (_: ActivityNotFoundException) {
                // A tablet without a phone app: the core shows the number to dial by hand.
                send(Event.DialFailed(effect.telUri))
            }
            // No app to share with is as rare as it is harmless: the chooser says so itself.
            is Effect.Share -> platform.startActivity(shareIntent(effect.subject, effect.text))
            // A quick exit: a prompt for a finger that may be forced goes with the app.
            is Effect.HideApp -> {
                platform.cancelBiometricPrompt()
                platform.moveTaskToBack()
            }
            // Text copied out of a note must not outlive the lock, nor the notes. The
            // launcher entry after a wipe is the SetLauncherDiscreet that follows it
            // (discreet mode survives a wipe); the core destroyed the key itself.
            is Effect.Locked, is Effect.Wiped -> platform.clearClipboard()
            is Effect.SetLauncherDiscreet -> platform.setLauncherDiscreet(effect.discreet)
        }
    }

    companion object {
        /**
         * The dialer with the number filled in: the user presses call there, so the app
         * needs no CALL_PHONE permission.
         */
        fun dialIntent(telUri: String): Intent = Intent(Intent.ACTION_DIAL, Uri.parse(telUri))

        /** The share sheet with the exported summary. */
        fun shareIntent(subject: String, text: String): Intent = Intent.createChooser(
            Intent(Intent.ACTION_SEND)
                .setType("text/plain")
                .putExtra(Intent.EXTRA_SUBJECT, subject)
                .putExtra(Intent.EXTRA_TEXT, text),
            null,
        )
    }
}

/**
 * [AndroidPlatform] over the application and whichever activity is in the foreground;
 * [cancelPrompt] ends the biometric prompt ([AndroidBiometrics.cancel]).
 */
class ContextPlatform(private val context: Context, private val cancelPrompt: () -> Unit) : AndroidPlatform {
    /** The activity in the foreground, set by [MainActivity] while it is resumed. */
    var activity: Activity? = null

    override fun startActivity(intent: Intent) {
        val from = activity
        if (from != null) {
            from.startActivity(intent)
        } else {
            context.startActivity(intent.addFlags(Intent.FLAG_ACTIVITY_NEW_TASK))
        }
    }

    override fun moveTaskToBack() {
        activity?.moveTaskToBack(true)
    }

    override fun cancelBiometricPrompt() = cancelPrompt()

    override fun clearClipboard() {
        context.getSystemService(ClipboardManager::class.java)?.clearPrimaryClip()
    }

    /** Enables one launcher alias and disables the other, without killing the app. */
    override fun setLauncherDiscreet(discreet: Boolean) {
        val pm = context.packageManager
        fun set(alias: String, enabled: Boolean) = pm.setComponentEnabledSetting(
            ComponentName(context, "nl.signalenkaart.app.$alias"),
            if (enabled) PackageManager.COMPONENT_ENABLED_STATE_ENABLED else PackageManager.COMPONENT_ENABLED_STATE_DISABLED,
            PackageManager.DONT_KILL_APP,
        )
        // Enable first: for a moment there are two entries rather than none.
        set(if (discreet) "LauncherDiscreet" else "Launcher", true)
        set(if (discreet) "Launcher" else "LauncherDiscreet", false)
    }
}
