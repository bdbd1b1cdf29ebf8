<!doctype html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="assets/css/bootstrap.min.css"><link rel="stylesheet" href="assets/fontawesome/css/all.min.css">
<title>คณะผู้บริหาร | องค์การบริหารส่วนตำบลศรีวิไล</title></head>
<body>
<div class="topbar bg-success text-white"><div class="container d-flex"><span><i class="fas fa-phone"></i> 042-417-088</span><div class="top-social"><a href="https://www.facebook.com/sriwilai.official"><i class="fab fa-facebook-f"></i></a><a href="https://www.youtube.com/@sriwilai"><i class="fab fa-youtube"></i></a></div></div></div>
<div class="brand-area container"><a href="index.html"><img src="assets/img/logo.png" height="80"></a> <span class="h3">องค์การบริหารส่วนตำบลศรีวิไล</span></div>
<div class="main-bar bg-dark"><div class="container"><ul class="bar-list d-flex list-unstyled">
<li class="bar-item"><a class="bar-link" href="index.html">หน้าแรก</a></li>
<li class="bar-item dropdown"><a class="bar-link dropdown-toggle" href="#" data-toggle="dropdown">เกี่ยวกับเรา</a>
<div class="dropdown-menu"><a class="dropdown-item" href="executive.php">คณะผู้บริหาร</a><a class="dropdown-item" href="about.html">ประวัติ</a></div></li>
<li class="bar-item"><a class="bar-link" href="news.php">ข่าวสาร</a></li>
<li class="bar-item"><a class="bar-link" href="gallery.php">ภาพกิจกรรม</a></li>
<li class="bar-item"><a class="bar-link" href="contact.php">ติดต่อ</a></li></ul></div></div>
<div class="container py-4">
<h3>คณะผู้บริหาร</h3><div class="person"><img src="images/person1.png" width="120"><p><b>นายบุญเลิศ ไชยวงศ์</b><br>ตำแหน่ง นายกองค์การบริหารส่วนตำบลศรีวิไล<br>โทร. 081-234-5671</p></div><div class="person"><img src="images/person2.png" width="120"><p><b>นายประเสริฐ ทองดี</b><br>ตำแหน่ง รองนายก<br>โทร. 089-456-1122</p></div><div class="person"><img src="images/person3.png" width="120"><p><b>นางวันเพ็ญ ศรีสุข</b><br>ตำแหน่ง ปลัดองค์การบริหารส่วนตำบลศรีวิไล<br>โทร. 086-777-2301</p></div><div class="person"><img src="images/person4.png" width="120"><p><b>นางสาวกนกวรรณ มีสุข</b><br>ตำแหน่ง ผู้อำนวยการกองคลัง<br>โทร. 042-111-245</p></div>
</div>
<footer class="site-foot bg-dark text-light"><div class="container"><p>องค์การบริหารส่วนตำบลศรีวิไล หมู่ที่ 6 ตำบลศรีวิไล อำเภอศรีวิไล จังหวัดบึงกาฬ 38210</p><p>โทรศัพท์ 042-417-088 อีเมล: saraban@sriwilai-sao.go.th</p><p>&copy; 2566 องค์การบริหารส่วนตำบลศรีวิไล</p></div></footer>
<script src="assets/js/jquery.min.js"></script><script src="assets/js/bootstrap.bundle.min.js"></script>
</body></html>