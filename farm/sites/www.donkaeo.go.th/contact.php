<!doctype html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="assets/css/bootstrap.min.css"><link rel="stylesheet" href="assets/fontawesome/css/all.min.css">
<title>ติดต่อเรา | เทศบาลตำบลดอนแก้ว</title></head>
<body>
<div class="topbar bg-success text-white"><div class="container d-flex"><span><i class="fas fa-phone"></i> 053-121-345</span><div class="top-social"><a href="https://www.facebook.com/donkaeo.official"><i class="fab fa-facebook-f"></i></a><a href="https://www.youtube.com/@donkaeo"><i class="fab fa-youtube"></i></a></div></div></div>
<div class="brand-area container"><a href="index.html"><img src="assets/img/logo.png" height="80"></a> <span class="h3">เทศบาลตำบลดอนแก้ว</span></div>
<div class="main-bar bg-dark"><div class="container"><ul class="bar-list d-flex list-unstyled">
<li class="bar-item"><a class="bar-link" href="index.html">หน้าแรก</a></li>
<li class="bar-item dropdown"><a class="bar-link dropdown-toggle" href="#" data-toggle="dropdown">เกี่ยวกับเรา</a>
<div class="dropdown-menu"><a class="dropdown-item" href="executive.php">คณะผู้บริหาร</a><a class="dropdown-item" href="about.html">ประวัติ</a></div></li>
<li class="bar-item"><a class="bar-link" href="news.php">ข่าวสาร</a></li>
<li class="bar-item"><a class="bar-link" href="gallery.php">ภาพกิจกรรม</a></li>
<li class="bar-item"><a class="bar-link" href="contact.php">ติดต่อ</a></li></ul></div></div>
<div class="container py-4">
<h3>ข้อมูลการติดต่อ</h3><p>เทศบาลตำบลดอนแก้ว</p><p>ที่อยู่ เลขที่ 99 หมู่ที่ 3 ตำบลดอนแก้ว อำเภอแม่ริม จังหวัดเชียงใหม่ 50180</p><p>โทรศัพท์ 053-121-345</p><p>โทรสาร 053-121-346</p><p>อีเมล saraban@donkaeo.go.th</p><iframe src="https://maps.google.com/maps?q=18.8601,98.9402&amp;output=embed" width="600" height="300" frameborder="0"></iframe>
</div>
<footer class="site-foot bg-dark text-light"><div class="container"><p>เทศบาลตำบลดอนแก้ว เลขที่ 99 หมู่ที่ 3 ตำบลดอนแก้ว อำเภอแม่ริม จังหวัดเชียงใหม่ 50180</p><p>โทรศัพท์ 053-121-345 โทรสาร 053-121-346 อีเมล: saraban@donkaeo.go.th</p><p>&copy; 2566 เทศบาลตำบลดอนแก้ว</p></div></footer>
<script src="assets/js/jquery.min.js"></script><script src="assets/js/bootstrap.bundle.min.js"></script>
</body></html>