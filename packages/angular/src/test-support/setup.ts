// Angular's own packages ship partially compiled declarations; the JIT compiler links them at runtime in tests.
import '@angular/compiler';
