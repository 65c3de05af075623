(module
  (type (;0;) (func (param i32 i32 i32 i32 i32 i32 i32)))
  (type (;1;) (func (param i32 i32 i32 i32 i32 i32 i32)))
  (type (;2;) (func (param i32 i32 i32 i32 i32 i32 i32)))
  (func $philox (type 0) (param $k0 i32) (param $k1 i32) (param $c1 i32) (param $c2 i32) (param $c3 i32) (param $lo i32) (param $groups i32)
    (local $ptr i32) (local $round i32) (local $ka i32) (local $kb i32) (local $m0 v128) (local $m1 v128) (local $kav v128) (local $kbv v128) (local $a_x0 v128) (local $a_x1 v128) (local $a_x2 v128) (local $a_x3 v128) (local $a_l0 v128) (local $a_h0 v128) (local $a_l1 v128) (local $a_h1 v128) (local $b_x0 v128) (local $b_x1 v128) (local $b_x2 v128) (local $b_x3 v128) (local $b_l0 v128) (local $b_h0 v128) (local $b_l1 v128) (local $b_h1 v128) (local $c_x0 v128) (local $c_x1 v128) (local $c_x2 v128) (local $c_x3 v128) (local $c_l0 v128) (local $c_h0 v128) (local $c_l1 v128) (local $c_h1 v128) (local $d_x0 v128) (local $d_x1 v128) (local $d_x2 v128) (local $d_x3 v128) (local $d_l0 v128) (local $d_h0 v128) (local $d_l1 v128) (local $d_h1 v128)
    v128.const i32x4 0xd2511f53 0xd2511f53 0xd2511f53 0xd2511f53
    local.set $m0
    v128.const i32x4 0xcd9e8d57 0xcd9e8d57 0xcd9e8d57 0xcd9e8d57
    local.set $m1
    loop  ;; label = @1
      local.get $lo
      i32x4.splat
      v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003
      i32x4.add
      local.set $a_x0
      local.get $c1
      i32x4.splat
      local.set $a_x1
      local.get $c2
      i32x4.splat
      local.set $a_x2
      local.get $c3
      i32x4.splat
      local.set $a_x3
      local.get $lo
      i32x4.splat
      v128.const i32x4 0x00000004 0x00000005 0x00000006 0x00000007
      i32x4.add
      local.set $b_x0
      local.get $c1
      i32x4.splat
      local.set $b_x1
      local.get $c2
      i32x4.splat
      local.set $b_x2
      local.get $c3
      i32x4.splat
      local.set $b_x3
      local.get $lo
      i32x4.splat
      v128.const i32x4 0x00000008 0x00000009 0x0000000a 0x0000000b
      i32x4.add
      local.set $c_x0
      local.get $c1
      i32x4.splat
      local.set $c_x1
      local.get $c2
      i32x4.splat
      local.set $c_x2
      local.get $c3
      i32x4.splat
      local.set $c_x3
      local.get $lo
      i32x4.splat
      v128.const i32x4 0x0000000c 0x0000000d 0x0000000e 0x0000000f
      i32x4.add
      local.set $d_x0
      local.get $c1
      i32x4.splat
      local.set $d_x1
      local.get $c2
      i32x4.splat
      local.set $d_x2
      local.get $c3
      i32x4.splat
      local.set $d_x3
      local.get $k0
      local.set $ka
      local.get $k1
      local.set $kb
      i32.const 10
      local.set $round
      loop  ;; label = @2
        local.get $ka
        i32x4.splat
        local.set $kav
        local.get $kb
        i32x4.splat
        local.set $kbv
        local.get $a_x0
        local.get $m0
        i32x4.mul
        local.set $a_l0
        local.get $a_x0
        local.get $m0
        i64x2.extmul_low_i32x4_u
        local.get $a_x0
        local.get $m0
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set $a_h0
        local.get $a_x2
        local.get $m1
        i32x4.mul
        local.set $a_l1
        local.get $a_x2
        local.get $m1
        i64x2.extmul_low_i32x4_u
        local.get $a_x2
        local.get $m1
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set $a_h1
        local.get $a_h1
        local.get $a_x1
        v128.xor
        local.get $kav
        v128.xor
        local.set $a_x0
        local.get $a_l1
        local.set $a_x1
        local.get $a_h0
        local.get $a_x3
        v128.xor
        local.get $kbv
        v128.xor
        local.set $a_x2
        local.get $a_l0
        local.set $a_x3
        local.get $b_x0
        local.get $m0
        i32x4.mul
        local.set $b_l0
        local.get $b_x0
        local.get $m0
        i64x2.extmul_low_i32x4_u
        local.get $b_x0
        local.get $m0
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set $b_h0
        local.get $b_x2
        local.get $m1
        i32x4.mul
        local.set $b_l1
        local.get $b_x2
        local.get $m1
        i64x2.extmul_low_i32x4_u
        local.get $b_x2
        local.get $m1
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set $b_h1
        local.get $b_h1
        local.get $b_x1
        v128.xor
        local.get $kav
        v128.xor
        local.set $b_x0
        local.get $b_l1
        local.set $b_x1
        local.get $b_h0
        local.get $b_x3
        v128.xor
        local.get $kbv
        v128.xor
        local.set $b_x2
        local.get $b_l0
        local.set $b_x3
        local.get $c_x0
        local.get $m0
        i32x4.mul
        local.set $c_l0
        local.get $c_x0
        local.get $m0
        i64x2.extmul_low_i32x4_u
        local.get $c_x0
        local.get $m0
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set $c_h0
        local.get $c_x2
        local.get $m1
        i32x4.mul
        local.set $c_l1
        local.get $c_x2
        local.get $m1
        i64x2.extmul_low_i32x4_u
        local.get $c_x2
        local.get $m1
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set $c_h1
        local.get $c_h1
        local.get $c_x1
        v128.xor
        local.get $kav
        v128.xor
        local.set $c_x0
        local.get $c_l1
        local.set $c_x1
        local.get $c_h0
        local.get $c_x3
        v128.xor
        local.get $kbv
        v128.xor
        local.set $c_x2
        local.get $c_l0
        local.set $c_x3
        local.get $d_x0
        local.get $m0
        i32x4.mul
        local.set $d_l0
        local.get $d_x0
        local.get $m0
        i64x2.extmul_low_i32x4_u
        local.get $d_x0
        local.get $m0
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set $d_h0
        local.get $d_x2
        local.get $m1
        i32x4.mul
        local.set $d_l1
        local.get $d_x2
        local.get $m1
        i64x2.extmul_low_i32x4_u
        local.get $d_x2
        local.get $m1
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set $d_h1
        local.get $d_h1
        local.get $d_x1
        v128.xor
        local.get $kav
        v128.xor
        local.set $d_x0
        local.get $d_l1
        local.set $d_x1
        local.get $d_h0
        local.get $d_x3
        v128.xor
        local.get $kbv
        v128.xor
        local.set $d_x2
        local.get $d_l0
        local.set $d_x3
        local.get $ka
        i32.const -1640531527
        i32.add
        local.set $ka
        local.get $kb
        i32.const -1150833019
        i32.add
        local.set $kb
        local.get $round
        i32.const -1
        i32.add
        local.set $round
        local.get $round
        br_if 0 (;@2;)
      end
      local.get $a_x0
      local.get $a_x1
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      local.set $a_l0
      local.get $a_x2
      local.get $a_x3
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      local.set $a_h0
      local.get $a_x0
      local.get $a_x1
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      local.set $a_l1
      local.get $a_x2
      local.get $a_x3
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      local.set $a_h1
      local.get $ptr
      local.get $a_l0
      local.get $a_h0
      i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      v128.store
      local.get $ptr
      local.get $a_l0
      local.get $a_h0
      i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
      v128.store offset=16
      local.get $ptr
      local.get $a_l1
      local.get $a_h1
      i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      v128.store offset=32
      local.get $ptr
      local.get $a_l1
      local.get $a_h1
      i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
      v128.store offset=48
      local.get $b_x0
      local.get $b_x1
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      local.set $b_l0
      local.get $b_x2
      local.get $b_x3
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      local.set $b_h0
      local.get $b_x0
      local.get $b_x1
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      local.set $b_l1
      local.get $b_x2
      local.get $b_x3
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      local.set $b_h1
      local.get $ptr
      local.get $b_l0
      local.get $b_h0
      i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      v128.store offset=64
      local.get $ptr
      local.get $b_l0
      local.get $b_h0
      i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
      v128.store offset=80
      local.get $ptr
      local.get $b_l1
      local.get $b_h1
      i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      v128.store offset=96
      local.get $ptr
      local.get $b_l1
      local.get $b_h1
      i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
      v128.store offset=112
      local.get $c_x0
      local.get $c_x1
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      local.set $c_l0
      local.get $c_x2
      local.get $c_x3
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      local.set $c_h0
      local.get $c_x0
      local.get $c_x1
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      local.set $c_l1
      local.get $c_x2
      local.get $c_x3
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      local.set $c_h1
      local.get $ptr
      local.get $c_l0
      local.get $c_h0
      i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      v128.store offset=128
      local.get $ptr
      local.get $c_l0
      local.get $c_h0
      i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
      v128.store offset=144
      local.get $ptr
      local.get $c_l1
      local.get $c_h1
      i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      v128.store offset=160
      local.get $ptr
      local.get $c_l1
      local.get $c_h1
      i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
      v128.store offset=176
      local.get $d_x0
      local.get $d_x1
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      local.set $d_l0
      local.get $d_x2
      local.get $d_x3
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      local.set $d_h0
      local.get $d_x0
      local.get $d_x1
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      local.set $d_l1
      local.get $d_x2
      local.get $d_x3
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      local.set $d_h1
      local.get $ptr
      local.get $d_l0
      local.get $d_h0
      i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      v128.store offset=192
      local.get $ptr
      local.get $d_l0
      local.get $d_h0
      i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
      v128.store offset=208
      local.get $ptr
      local.get $d_l1
      local.get $d_h1
      i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      v128.store offset=224
      local.get $ptr
      local.get $d_l1
      local.get $d_h1
      i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
      v128.store offset=240
      local.get $ptr
      i32.const 256
      i32.add
      local.set $ptr
      local.get $lo
      i32.const 16
      i32.add
      local.set $lo
      local.get $groups
      i32.const -1
      i32.add
      local.set $groups
      local.get $groups
      br_if 0 (;@1;)
    end)
  (func $uniform64 (type 1) (param $k0 i32) (param $k1 i32) (param $c1 i32) (param $c2 i32) (param $c3 i32) (param $lo i32) (param $groups i32)
    (local $ptr i32) (local $round i32) (local $ka i32) (local $kb i32) (local $m0 v128) (local $m1 v128) (local $kav v128) (local $kbv v128) (local $a_x0 v128) (local $a_x1 v128) (local $a_x2 v128) (local $a_x3 v128) (local $a_l0 v128) (local $a_h0 v128) (local $a_l1 v128) (local $a_h1 v128) (local $b_x0 v128) (local $b_x1 v128) (local $b_x2 v128) (local $b_x3 v128) (local $b_l0 v128) (local $b_h0 v128) (local $b_l1 v128) (local $b_h1 v128) (local $c_x0 v128) (local $c_x1 v128) (local $c_x2 v128) (local $c_x3 v128) (local $c_l0 v128) (local $c_h0 v128) (local $c_l1 v128) (local $c_h1 v128) (local $d_x0 v128) (local $d_x1 v128) (local $d_x2 v128) (local $d_x3 v128) (local $d_l0 v128) (local $d_h0 v128) (local $d_l1 v128) (local $d_h1 v128)
    v128.const i32x4 0xd2511f53 0xd2511f53 0xd2511f53 0xd2511f53
    local.set $m0
    v128.const i32x4 0xcd9e8d57 0xcd9e8d57 0xcd9e8d57 0xcd9e8d57
    local.set $m1
    loop  ;; label = @1
      local.get $lo
      i32x4.splat
      v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003
      i32x4.add
      local.set $a_x0
      local.get $c1
      i32x4.splat
      local.set $a_x1
      local.get $c2
      i32x4.splat
      local.set $a_x2
      local.get $c3
      i32x4.splat
      local.set $a_x3
      local.get $lo
      i32x4.splat
      v128.const i32x4 0x00000004 0x00000005 0x00000006 0x00000007
      i32x4.add
      local.set $b_x0
      local.get $c1
      i32x4.splat
      local.set $b_x1
      local.get $c2
      i32x4.splat
      local.set $b_x2
      local.get $c3
      i32x4.splat
      local.set $b_x3
      local.get $lo
      i32x4.splat
      v128.const i32x4 0x00000008 0x00000009 0x0000000a 0x0000000b
      i32x4.add
      local.set $c_x0
      local.get $c1
      i32x4.splat
      local.set $c_x1
      local.get $c2
      i32x4.splat
      local.set $c_x2
      local.get $c3
      i32x4.splat
      local.set $c_x3
      local.get $lo
      i32x4.splat
      v128.const i32x4 0x0000000c 0x0000000d 0x0000000e 0x0000000f
      i32x4.add
      local.set $d_x0
      local.get $c1
      i32x4.splat
      local.set $d_x1
      local.get $c2
      i32x4.splat
      local.set $d_x2
      local.get $c3
      i32x4.splat
      local.set $d_x3
      local.get $k0
      local.set $ka
      local.get $k1
      local.set $kb
      i32.const 10
      local.set $round
      loop  ;; label = @2
        local.get $ka
        i32x4.splat
        local.set $kav
        local.get $kb
        i32x4.splat
        local.set $kbv
        local.get $a_x0
        local.get $m0
        i32x4.mul
        local.set $a_l0
        local.get $a_x0
        local.get $m0
        i64x2.extmul_low_i32x4_u
        local.get $a_x0
        local.get $m0
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set $a_h0
        local.get $a_x2
        local.get $m1
        i32x4.mul
        local.set $a_l1
        local.get $a_x2
        local.get $m1
        i64x2.extmul_low_i32x4_u
        local.get $a_x2
        local.get $m1
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set $a_h1
        local.get $a_h1
        local.get $a_x1
        v128.xor
        local.get $kav
        v128.xor
        local.set $a_x0
        local.get $a_l1
        local.set $a_x1
        local.get $a_h0
        local.get $a_x3
        v128.xor
        local.get $kbv
        v128.xor
        local.set $a_x2
        local.get $a_l0
        local.set $a_x3
        local.get $b_x0
        local.get $m0
        i32x4.mul
        local.set $b_l0
        local.get $b_x0
        local.get $m0
        i64x2.extmul_low_i32x4_u
        local.get $b_x0
        local.get $m0
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set $b_h0
        local.get $b_x2
        local.get $m1
        i32x4.mul
        local.set $b_l1
        local.get $b_x2
        local.get $m1
        i64x2.extmul_low_i32x4_u
        local.get $b_x2
        local.get $m1
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set $b_h1
        local.get $b_h1
        local.get $b_x1
        v128.xor
        local.get $kav
        v128.xor
        local.set $b_x0
        local.get $b_l1
        local.set $b_x1
        local.get $b_h0
        local.get $b_x3
        v128.xor
        local.get $kbv
        v128.xor
        local.set $b_x2
        local.get $b_l0
        local.set $b_x3
        local.get $c_x0
        local.get $m0
        i32x4.mul
        local.set $c_l0
        local.get $c_x0
        local.get $m0
        i64x2.extmul_low_i32x4_u
        local.get $c_x0
        local.get $m0
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set $c_h0
        local.get $c_x2
        local.get $m1
        i32x4.mul
        local.set $c_l1
        local.get $c_x2
        local.get $m1
        i64x2.extmul_low_i32x4_u
        local.get $c_x2
        local.get $m1
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set $c_h1
        local.get $c_h1
        local.get $c_x1
        v128.xor
        local.get $kav
        v128.xor
        local.set $c_x0
        local.get $c_l1
        local.set $c_x1
        local.get $c_h0
        local.get $c_x3
        v128.xor
        local.get $kbv
        v128.xor
        local.set $c_x2
        local.get $c_l0
        local.set $c_x3
        local.get $d_x0
        local.get $m0
        i32x4.mul
        local.set $d_l0
        local.get $d_x0
        local.get $m0
        i64x2.extmul_low_i32x4_u
        local.get $d_x0
        local.get $m0
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set $d_h0
        local.get $d_x2
        local.get $m1
        i32x4.mul
        local.set $d_l1
        local.get $d_x2
        local.get $m1
        i64x2.extmul_low_i32x4_u
        local.get $d_x2
        local.get $m1
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set $d_h1
        local.get $d_h1
        local.get $d_x1
        v128.xor
        local.get $kav
        v128.xor
        local.set $d_x0
        local.get $d_l1
        local.set $d_x1
        local.get $d_h0
        local.get $d_x3
        v128.xor
        local.get $kbv
        v128.xor
        local.set $d_x2
        local.get $d_l0
        local.set $d_x3
        local.get $ka
        i32.const -1640531527
        i32.add
        local.set $ka
        local.get $kb
        i32.const -1150833019
        i32.add
        local.set $kb
        local.get $round
        i32.const -1
        i32.add
        local.set $round
        local.get $round
        br_if 0 (;@2;)
      end
      local.get $a_x0
      local.get $a_x2
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      i32.const 5
      i32x4.shr_u
      local.set $a_l0
      local.get $a_x1
      local.get $a_x3
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      i32.const 6
      i32x4.shr_u
      local.set $a_h0
      local.get $a_x0
      local.get $a_x2
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      i32.const 5
      i32x4.shr_u
      local.set $a_l1
      local.get $a_x1
      local.get $a_x3
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      i32.const 6
      i32x4.shr_u
      local.set $a_h1
      local.get $ptr
      local.get $a_l0
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3e400000 0x00000000 0x3e400000
      f64x2.mul
      local.get $a_h0
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3ca00000 0x00000000 0x3ca00000
      f64x2.mul
      f64x2.add
      v128.store
      local.get $ptr
      local.get $a_l0
      local.get $a_l0
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3e400000 0x00000000 0x3e400000
      f64x2.mul
      local.get $a_h0
      local.get $a_h0
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3ca00000 0x00000000 0x3ca00000
      f64x2.mul
      f64x2.add
      v128.store offset=16
      local.get $ptr
      local.get $a_l1
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3e400000 0x00000000 0x3e400000
      f64x2.mul
      local.get $a_h1
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3ca00000 0x00000000 0x3ca00000
      f64x2.mul
      f64x2.add
      v128.store offset=32
      local.get $ptr
      local.get $a_l1
      local.get $a_l1
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3e400000 0x00000000 0x3e400000
      f64x2.mul
      local.get $a_h1
      local.get $a_h1
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3ca00000 0x00000000 0x3ca00000
      f64x2.mul
      f64x2.add
      v128.store offset=48
      local.get $b_x0
      local.get $b_x2
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      i32.const 5
      i32x4.shr_u
      local.set $b_l0
      local.get $b_x1
      local.get $b_x3
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      i32.const 6
      i32x4.shr_u
      local.set $b_h0
      local.get $b_x0
      local.get $b_x2
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      i32.const 5
      i32x4.shr_u
      local.set $b_l1
      local.get $b_x1
      local.get $b_x3
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      i32.const 6
      i32x4.shr_u
      local.set $b_h1
      local.get $ptr
      local.get $b_l0
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3e400000 0x00000000 0x3e400000
      f64x2.mul
      local.get $b_h0
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3ca00000 0x00000000 0x3ca00000
      f64x2.mul
      f64x2.add
      v128.store offset=64
      local.get $ptr
      local.get $b_l0
      local.get $b_l0
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3e400000 0x00000000 0x3e400000
      f64x2.mul
      local.get $b_h0
      local.get $b_h0
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3ca00000 0x00000000 0x3ca00000
      f64x2.mul
      f64x2.add
      v128.store offset=80
      local.get $ptr
      local.get $b_l1
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3e400000 0x00000000 0x3e400000
      f64x2.mul
      local.get $b_h1
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3ca00000 0x00000000 0x3ca00000
      f64x2.mul
      f64x2.add
      v128.store offset=96
      local.get $ptr
      local.get $b_l1
      local.get $b_l1
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3e400000 0x00000000 0x3e400000
      f64x2.mul
      local.get $b_h1
      local.get $b_h1
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3ca00000 0x00000000 0x3ca00000
      f64x2.mul
      f64x2.add
      v128.store offset=112
      local.get $c_x0
      local.get $c_x2
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      i32.const 5
      i32x4.shr_u
      local.set $c_l0
      local.get $c_x1
      local.get $c_x3
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      i32.const 6
      i32x4.shr_u
      local.set $c_h0
      local.get $c_x0
      local.get $c_x2
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      i32.const 5
      i32x4.shr_u
      local.set $c_l1
      local.get $c_x1
      local.get $c_x3
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      i32.const 6
      i32x4.shr_u
      local.set $c_h1
      local.get $ptr
      local.get $c_l0
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3e400000 0x00000000 0x3e400000
      f64x2.mul
      local.get $c_h0
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3ca00000 0x00000000 0x3ca00000
      f64x2.mul
      f64x2.add
      v128.store offset=128
      local.get $ptr
      local.get $c_l0
      local.get $c_l0
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3e400000 0x00000000 0x3e400000
      f64x2.mul
      local.get $c_h0
      local.get $c_h0
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3ca00000 0x00000000 0x3ca00000
      f64x2.mul
      f64x2.add
      v128.store offset=144
      local.get $ptr
      local.get $c_l1
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3e400000 0x00000000 0x3e400000
      f64x2.mul
      local.get $c_h1
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3ca00000 0x00000000 0x3ca00000
      f64x2.mul
      f64x2.add
      v128.store offset=160
      local.get $ptr
      local.get $c_l1
      local.get $c_l1
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3e400000 0x00000000 0x3e400000
      f64x2.mul
      local.get $c_h1
      local.get $c_h1
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3ca00000 0x00000000 0x3ca00000
      f64x2.mul
      f64x2.add
      v128.store offset=176
      local.get $d_x0
      local.get $d_x2
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      i32.const 5
      i32x4.shr_u
      local.set $d_l0
      local.get $d_x1
      local.get $d_x3
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      i32.const 6
      i32x4.shr_u
      local.set $d_h0
      local.get $d_x0
      local.get $d_x2
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      i32.const 5
      i32x4.shr_u
      local.set $d_l1
      local.get $d_x1
      local.get $d_x3
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      i32.const 6
      i32x4.shr_u
      local.set $d_h1
      local.get $ptr
      local.get $d_l0
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3e400000 0x00000000 0x3e400000
      f64x2.mul
      local.get $d_h0
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3ca00000 0x00000000 0x3ca00000
      f64x2.mul
      f64x2.add
      v128.store offset=192
      local.get $ptr
      local.get $d_l0
      local.get $d_l0
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3e400000 0x00000000 0x3e400000
      f64x2.mul
      local.get $d_h0
      local.get $d_h0
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3ca00000 0x00000000 0x3ca00000
      f64x2.mul
      f64x2.add
      v128.store offset=208
      local.get $ptr
      local.get $d_l1
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3e400000 0x00000000 0x3e400000
      f64x2.mul
      local.get $d_h1
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3ca00000 0x00000000 0x3ca00000
      f64x2.mul
      f64x2.add
      v128.store offset=224
      local.get $ptr
      local.get $d_l1
      local.get $d_l1
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3e400000 0x00000000 0x3e400000
      f64x2.mul
      local.get $d_h1
      local.get $d_h1
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3ca00000 0x00000000 0x3ca00000
      f64x2.mul
      f64x2.add
      v128.store offset=240
      local.get $ptr
      i32.const 256
      i32.add
      local.set $ptr
      local.get $lo
      i32.const 16
      i32.add
      local.set $lo
      local.get $groups
      i32.const -1
      i32.add
      local.set $groups
      local.get $groups
      br_if 0 (;@1;)
    end)
  (func $uniform32 (type 2) (param $k0 i32) (param $k1 i32) (param $c1 i32) (param $c2 i32) (param $c3 i32) (param $lo i32) (param $groups i32)
    (local $ptr i32) (local $round i32) (local $ka i32) (local $kb i32) (local $m0 v128) (local $m1 v128) (local $kav v128) (local $kbv v128) (local $a_x0 v128) (local $a_x1 v128) (local $a_x2 v128) (local $a_x3 v128) (local $a_l0 v128) (local $a_h0 v128) (local $a_l1 v128) (local $a_h1 v128) (local $b_x0 v128) (local $b_x1 v128) (local $b_x2 v128) (local $b_x3 v128) (local $b_l0 v128) (local $b_h0 v128) (local $b_l1 v128) (local $b_h1 v128) (local $c_x0 v128) (local $c_x1 v128) (local $c_x2 v128) (local $c_x3 v128) (local $c_l0 v128) (local $c_h0 v128) (local $c_l1 v128) (local $c_h1 v128) (local $d_x0 v128) (local $d_x1 v128) (local $d_x2 v128) (local $d_x3 v128) (local $d_l0 v128) (local $d_h0 v128) (local $d_l1 v128) (local $d_h1 v128)
    v128.const i32x4 0xd2511f53 0xd2511f53 0xd2511f53 0xd2511f53
    local.set $m0
    v128.const i32x4 0xcd9e8d57 0xcd9e8d57 0xcd9e8d57 0xcd9e8d57
    local.set $m1
    loop  ;; label = @1
      local.get $lo
      i32x4.splat
      v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003
      i32x4.add
      local.set $a_x0
      local.get $c1
      i32x4.splat
      local.set $a_x1
      local.get $c2
      i32x4.splat
      local.set $a_x2
      local.get $c3
      i32x4.splat
      local.set $a_x3
      local.get $lo
      i32x4.splat
      v128.const i32x4 0x00000004 0x00000005 0x00000006 0x00000007
      i32x4.add
      local.set $b_x0
      local.get $c1
      i32x4.splat
      local.set $b_x1
      local.get $c2
      i32x4.splat
      local.set $b_x2
      local.get $c3
      i32x4.splat
      local.set $b_x3
      local.get $lo
      i32x4.splat
      v128.const i32x4 0x00000008 0x00000009 0x0000000a 0x0000000b
      i32x4.add
      local.set $c_x0
      local.get $c1
      i32x4.splat
      local.set $c_x1
      local.get $c2
      i32x4.splat
      local.set $c_x2
      local.get $c3
      i32x4.splat
      local.set $c_x3
      local.get $lo
      i32x4.splat
      v128.const i32x4 0x0000000c 0x0000000d 0x0000000e 0x0000000f
      i32x4.add
      local.set $d_x0
      local.get $c1
      i32x4.splat
      local.set $d_x1
      local.get $c2
      i32x4.splat
      local.set $d_x2
      local.get $c3
      i32x4.splat
      local.set $d_x3
      local.get $k0
      local.set $ka
      local.get $k1
      local.set $kb
      i32.const 10
      local.set $round
      loop  ;; label = @2
        local.get $ka
        i32x4.splat
        local.set $kav
        local.get $kb
        i32x4.splat
        local.set $kbv
        local.get $a_x0
        local.get $m0
        i32x4.mul
        local.set $a_l0
        local.get $a_x0
        local.get $m0
        i64x2.extmul_low_i32x4_u
        local.get $a_x0
        local.get $m0
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set $a_h0
        local.get $a_x2
        local.get $m1
        i32x4.mul
        local.set $a_l1
        local.get $a_x2
        local.get $m1
        i64x2.extmul_low_i32x4_u
        local.get $a_x2
        local.get $m1
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set $a_h1
        local.get $a_h1
        local.get $a_x1
        v128.xor
        local.get $kav
        v128.xor
        local.set $a_x0
        local.get $a_l1
        local.set $a_x1
        local.get $a_h0
        local.get $a_x3
        v128.xor
        local.get $kbv
        v128.xor
        local.set $a_x2
        local.get $a_l0
        local.set $a_x3
        local.get $b_x0
        local.get $m0
        i32x4.mul
        local.set $b_l0
        local.get $b_x0
        local.get $m0
        i64x2.extmul_low_i32x4_u
        local.get $b_x0
        local.get $m0
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set $b_h0
        local.get $b_x2
        local.get $m1
        i32x4.mul
        local.set $b_l1
        local.get $b_x2
        local.get $m1
        i64x2.extmul_low_i32x4_u
        local.get $b_x2
        local.get $m1
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set $b_h1
        local.get $b_h1
        local.get $b_x1
        v128.xor
        local.get $kav
        v128.xor
        local.set $b_x0
        local.get $b_l1
        local.set $b_x1
        local.get $b_h0
        local.get $b_x3
        v128.xor
        local.get $kbv
        v128.xor
        local.set $b_x2
        local.get $b_l0
        local.set $b_x3
        local.get $c_x0
        local.get $m0
        i32x4.mul
        local.set $c_l0
        local.get $c_x0
        local.get $m0
        i64x2.extmul_low_i32x4_u
        local.get $c_x0
        local.get $m0
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set $c_h0
        local.get $c_x2
        local.get $m1
        i32x4.mul
        local.set $c_l1
        local.get $c_x2
        local.get $m1
        i64x2.extmul_low_i32x4_u
        local.get $c_x2
        local.get $m1
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set $c_h1
        local.get $c_h1
        local.get $c_x1
        v128.xor
        local.get $kav
        v128.xor
        local.set $c_x0
        local.get $c_l1
        local.set $c_x1
        local.get $c_h0
        local.get $c_x3
        v128.xor
        local.get $kbv
        v128.xor
        local.set $c_x2
        local.get $c_l0
        local.set $c_x3
        local.get $d_x0
        local.get $m0
        i32x4.mul
        local.set $d_l0
        local.get $d_x0
        local.get $m0
        i64x2.extmul_low_i32x4_u
        local.get $d_x0
        local.get $m0
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set $d_h0
        local.get $d_x2
        local.get $m1
        i32x4.mul
        local.set $d_l1
        local.get $d_x2
        local.get $m1
        i64x2.extmul_low_i32x4_u
        local.get $d_x2
        local.get $m1
        i64x2.extmul_high_i32x4_u
        i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
        local.set $d_h1
        local.get $d_h1
        local.get $d_x1
        v128.xor
        local.get $kav
        v128.xor
        local.set $d_x0
        local.get $d_l1
        local.set $d_x1
        local.get $d_h0
        local.get $d_x3
        v128.xor
        local.get $kbv
        v128.xor
        local.set $d_x2
        local.get $d_l0
        local.set $d_x3
        local.get $ka
        i32.const -1640531527
        i32.add
        local.set $ka
        local.get $kb
        i32.const -1150833019
        i32.add
        local.set $kb
        local.get $round
        i32.const -1
        i32.add
        local.set $round
        local.get $round
        br_if 0 (;@2;)
      end
      local.get $ptr
      local.get $a_x0
      local.get $a_x2
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      i32.const 8
      i32x4.shr_u
      f32x4.convert_i32x4_s
      v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
      f32x4.mul
      v128.store
      local.get $ptr
      local.get $a_x0
      local.get $a_x2
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      i32.const 8
      i32x4.shr_u
      f32x4.convert_i32x4_s
      v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
      f32x4.mul
      v128.store offset=16
      local.get $ptr
      local.get $b_x0
      local.get $b_x2
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      i32.const 8
      i32x4.shr_u
      f32x4.convert_i32x4_s
      v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
      f32x4.mul
      v128.store offset=32
      local.get $ptr
      local.get $b_x0
      local.get $b_x2
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      i32.const 8
      i32x4.shr_u
      f32x4.convert_i32x4_s
      v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
      f32x4.mul
      v128.store offset=48
      local.get $ptr
      local.get $c_x0
      local.get $c_x2
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      i32.const 8
      i32x4.shr_u
      f32x4.convert_i32x4_s
      v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
      f32x4.mul
      v128.store offset=64
      local.get $ptr
      local.get $c_x0
      local.get $c_x2
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      i32.const 8
      i32x4.shr_u
      f32x4.convert_i32x4_s
      v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
      f32x4.mul
      v128.store offset=80
      local.get $ptr
      local.get $d_x0
      local.get $d_x2
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
      i32.const 8
      i32x4.shr_u
      f32x4.convert_i32x4_s
      v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
      f32x4.mul
      v128.store offset=96
      local.get $ptr
      local.get $d_x0
      local.get $d_x2
      i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
      i32.const 8
      i32x4.shr_u
      f32x4.convert_i32x4_s
      v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
      f32x4.mul
      v128.store offset=112
      local.get $ptr
      i32.const 128
      i32.add
      local.set $ptr
      local.get $lo
      i32.const 16
      i32.add
      local.set $lo
      local.get $groups
      i32.const -1
      i32.add
      local.set $groups
      local.get $groups
      br_if 0 (;@1;)
    end)
  (memory (;0;) 1)
  (export "memory" (memory 0))
  (export "philox" (func $philox))
  (export "uniform64" (func $uniform64))
  (export "uniform32" (func $uniform32)))
