import { ChangeDetectionStrategy, Component, afterNextRender, signal } from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';

@Component({
  selector: 'app-root',
  imports: [RouterOutlet, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header [attr.data-hydrated]="hydrated() || null"><a routerLink="/">Upload</a></header>
    <router-outlet />
  `,
})
export class App {
  // Marks the page once it runs in the browser: from then on its handlers answer (the tests wait for it).
  protected readonly hydrated = signal(false);

  constructor() {
    afterNextRender(() => this.hydrated.set(true));
  }
}
