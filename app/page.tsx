export default function HomePage() {
  return (
    <main>
      <h1>soát số</h1>
      <p>Soát số liệu tăng trưởng trong báo cáo thống kê.</p>
    </main>
  );
}
