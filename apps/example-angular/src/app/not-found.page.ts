import { ChangeDetectionStrategy, Component, RESPONSE_INIT, inject } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'app-not-found-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main>
      <h1>Not found</h1>
      <p>No such video or live stream. <a routerLink="/">Upload a video</a></p>
    </main>
  `,
})
export class NotFoundPage {
  constructor() {
    // While server rendering: the page's HTTP status (there is no response in the browser).
    const response = inject(RESPONSE_INIT, { optional: true });
    if (response) response.status = 404;
  }
}
