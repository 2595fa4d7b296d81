import { UploadAndWatch } from './upload-and-watch';

export default function UploadPage() {
  return (
    <>
      <h1>Upload a video</h1>
      <UploadAndWatch />
    </>
  );
}
