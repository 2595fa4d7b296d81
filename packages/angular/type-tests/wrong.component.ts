// Must NOT compile: `ngc` with strictTemplates rejects a wrong input type in a consumer template
// (src/consumer-types.test.ts asserts the failure and its message).
import { Component } from '@angular/core';
import { VideoPlayerComponent } from '@vidkit/angular';

@Component({
  selector: 'app-wrong',
  imports: [VideoPlayerComponent],
  template: `<vidkit-video-player [liveCheckInterval]="'soon'" />`,
})
export class WrongComponent {}
